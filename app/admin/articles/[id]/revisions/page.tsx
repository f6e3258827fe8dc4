import type { Metadata } from "next";
import Link from "next/link";
import { ArticleRevisionList } from "./article-revision-list";
import { listRevisions } from "@/db/queries/revisions";
import { getAdminDictionary } from "../../../admin-language";
import { restoreRevision } from "../../actions";
import { loadArticle } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.revisions.title };
}

export default async function ArticleRevisionsPage({
  params,
  searchParams,
}: PageProps<"/admin/articles/[id]/revisions">) {
  const { found } = await loadArticle(params, "/revisions");
  const { lang, t } = await getAdminDictionary();
  const { error } = await searchParams;
  const { article } = found;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">
        {t.revisions.title}: <span lang={article.edition}>{article.title}</span>
      </h1>
      <p className="text-muted">{t.revisions.intro}</p>
      <p>
        <Link href={`/admin/articles/${article.id}`} className="font-semibold text-brand underline">
          {t.revisions.back}
        </Link>
      </p>
      {error === "slug" ? (
        <p role="alert" className="rounded border border-brand bg-red-50 px-4 py-2 font-semibold text-brand">
          {t.revisions.slugTaken}
        </p>
      ) : null}
      <ArticleRevisionList
        lang={lang}
        t={t}
        articleId={article.id}
        revisions={await listRevisions(article.id)}
        restore={restoreRevision}
      />
    </div>
  );
}
