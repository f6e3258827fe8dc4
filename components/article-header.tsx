import Link from "next/link";
import type { Category, Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { LabelledTime } from "./labelled-time";

type Props = {
  lang: Edition;
  dict: Dictionary;
  title: string;
  dek: string;
  category: Category;
  author: { name: string; nameGu: string | null; slug: string | null };
  publishedAt: number;
  updatedAt: number;
};

export function ArticleHeader({ lang, dict, title, dek, category, author, publishedAt, updatedAt }: Props) {
  const authorName = lang === "gu" ? (author.nameGu ?? author.name) : author.name;
  return (
    <header className="space-y-3">
      <nav aria-label={dict.article.breadcrumb} className="text-sm font-semibold">
        <ol className="flex gap-2 text-muted">
          <li>
            <Link href={paths.home(lang)} className="hover:underline">
              {dict.site.home}
            </Link>
          </li>
          <li aria-hidden="true">›</li>
          <li>
            <Link href={paths.category(lang, category.slug)} className="text-brand hover:underline">
              {lang === "gu" ? category.nameGu : category.nameEn}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="text-3xl font-extrabold leading-tight md:text-4xl">{title}</h1>
      {dek ? <p className="text-lg text-muted md:text-xl">{dek}</p> : null}
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 border-y border-line py-2 text-sm">
        <p>
          {dict.article.by}{" "}
          {author.slug ? (
            <Link href={paths.author(lang, author.slug)} rel="author" className="font-semibold hover:underline">
              {authorName}
            </Link>
          ) : (
            <span className="font-semibold">{authorName}</span>
          )}
        </p>
        <p className="text-muted">
          <LabelledTime template={dict.article.published} ms={publishedAt} lang={lang} />
        </p>
        <p className="text-muted">
          <LabelledTime template={dict.article.updated} ms={Math.max(updatedAt, publishedAt)} lang={lang} />
        </p>
      </div>
    </header>
  );
}
