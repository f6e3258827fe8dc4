import Link from "next/link";
import type { ArticleState } from "@/db/queries/admin-articles";
import type { Edition } from "@/db/schema";
import { type Dictionary, fill } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { ArticleStateBadge } from "../article-state-badge";

type Props = {
  t: Dictionary["admin"];
  article: { id: number; title: string; edition: Edition; slug: string };
  state: ArticleState;
  revisions: number;
  restore: (formData: FormData) => Promise<void>;
};

export function ArticleEditorHeader({ t, article, state, revisions, restore }: Props) {
  const link =
    "rounded border border-line bg-paper px-3 py-1 text-sm font-semibold hover:border-brand hover:text-brand";
  const base = `/admin/articles/${article.id}`;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{t.articles.editTitle}</h1>
        <ArticleStateBadge state={state} label={t.articles.states[state]} />
      </div>
      <nav aria-label={article.title} className="flex flex-wrap gap-2">
        <Link href={`${base}/preview`} className={link}>
          {t.articles.preview}
        </Link>
        <Link href={`${base}/revisions`} className={link}>
          {fill(t.articles.revisions, { count: revisions })}
        </Link>
        <Link href={`${base}/live`} className={link}>
          {t.live.open}
        </Link>
        {state === "published" ? (
          <Link href={paths.article(article.edition, article.slug)} className={link}>
            {t.articles.viewLive}
          </Link>
        ) : null}
        {state === "deleted" ? (
          <form action={restore}>
            <input type="hidden" name="id" value={article.id} />
            <button type="submit" className={link}>
              {t.articles.restore}
            </button>
          </form>
        ) : (
          <Link href={`${base}/delete`} className={`${link} text-brand`}>
            {t.articles.delete}
          </Link>
        )}
      </nav>
    </div>
  );
}
