import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { fill } from "@/lib/i18n";
import { getAdminDictionary } from "../../../admin-language";
import { deleteArticle } from "../../actions";
import { loadArticle } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.articles.delete };
}

/** The confirmation step: deleting is one more click, on a page that says what will happen. */
export default async function DeleteArticlePage({ params }: PageProps<"/admin/articles/[id]/delete">) {
  const { found } = await loadArticle(params, "/delete");
  const { t } = await getAdminDictionary();
  const { article } = found;
  if (article.deletedAt !== null) redirect(`/admin/articles/${article.id}`);
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-4 rounded border border-line bg-paper p-6">
      <h1 className="text-2xl font-bold">{fill(t.remove.title, { title: article.title })}</h1>
      <p>{t.remove.body}</p>
      <div className="flex flex-wrap items-center gap-4">
        <form action={deleteArticle}>
          <input type="hidden" name="id" value={article.id} />
          <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            {t.remove.confirm}
          </button>
        </form>
        <Link href={`/admin/articles/${article.id}`} className="font-semibold underline">
          {t.remove.cancel}
        </Link>
      </div>
    </section>
  );
}
