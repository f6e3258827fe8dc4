import "server-only";
import { notFound } from "next/navigation";
import { getArticleForEdit } from "@/db/queries/article-editor-reads";
import { newsroomPage } from "../../newsroom-page";

/** The guard, then the article named by the URL (or a 404): the start of every page under /admin/articles/[id]. */
export async function loadArticle(params: Promise<{ id: string }>, subpath = "") {
  const { id: raw } = await params;
  const editor = await newsroomPage(`/admin/articles/${encodeURIComponent(raw)}${subpath}`);
  const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
  const found = id ? await getArticleForEdit(id) : null;
  if (!found) notFound();
  return { editor, found };
}
