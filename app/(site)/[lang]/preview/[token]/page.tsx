import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleBody } from "@/components/article-body";
import { ArticleCorrections } from "@/components/article-corrections";
import { ArticleFigure } from "@/components/article-figure";
import { ArticleHeader } from "@/components/article-header";
import { TagList } from "@/components/tag-list";
import { getArticleForPreview } from "@/db/queries/article-editor-reads";
import { listArticleCorrections } from "@/db/queries/revisions";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { formatDateTime } from "@/lib/format";
import { fill, getDictionary } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { verifyPreviewToken } from "@/lib/preview-link";

// A signed link for people without an account (lib/preview-link.ts). Rendered per request and
// never stored: server/public-routes.ts does not list it, next.config.ts sends
// `private, no-store` and `X-Robots-Tag: noindex`, and no sitemap names it.

/** A draft has no publication time yet: readers would see the moment it goes out. */
const publishedOrNow = (publishedAt: number | null) => publishedAt ?? Date.now();

async function load(params: Promise<{ lang: string; token: string }>) {
  await connection();
  const { lang: rawLang, token } = await params;
  const lang = editionOrNotFound(rawLang);
  const check = verifyPreviewToken(token, process.env.AUTH_SECRET ?? "");
  if (!check.ok) forbidden();
  const data = await getArticleForPreview(check.articleId);
  if (!data || data.article.edition !== lang || data.article.deletedAt !== null) notFound();
  return { lang, data, expiresAt: check.expiresAt };
}

export async function generateMetadata({ params }: PageProps<"/[lang]/preview/[token]">): Promise<Metadata> {
  const { lang, data } = await load(params);
  return {
    title: `${getDictionary(lang).previewLink.title}: ${data.article.title}`,
    robots: { index: false, follow: false },
  };
}

/** The story as it would look published: the last saved version, whatever its status. */
export default async function PreviewLinkPage({ params }: PageProps<"/[lang]/preview/[token]">) {
  const { lang, data, expiresAt } = await load(params);
  const dict = getDictionary(lang);
  const { article, category, author, translation } = data;
  return (
    <div className="flex flex-col gap-4">
      <p role="note" className="rounded border border-amber-700 bg-amber-50 px-4 py-2 font-semibold text-amber-900">
        {fill(dict.previewLink.banner, { date: formatDateTime(expiresAt, lang) })}
      </p>
      <article className="mx-auto w-full max-w-3xl">
        <ArticleHeader
          lang={lang}
          dict={dict}
          title={article.title}
          dek={article.dek}
          category={category}
          author={author}
          publishedAt={publishedOrNow(article.publishedAt)}
          updatedAt={article.updatedAt}
        />
        {translation ? (
          <p className="mt-3 text-sm font-semibold text-brand">
            {dict.article.readTranslation}: <span lang={translation.edition}>{translation.title}</span>
          </p>
        ) : null}
        <ArticleFigure image={article} credit={dict.article.imageCredit} />
        <ArticleBody html={renderMarkdown(article.body)} />
        <TagList lang={lang} tags={data.tags} label={dict.article.tags} />
        <ArticleCorrections lang={lang} dict={dict} corrections={await listArticleCorrections(article.id)} />
      </article>
    </div>
  );
}
