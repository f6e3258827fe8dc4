import "server-only";
import { inArray } from "drizzle-orm";
import { db } from "../index";
import { type Article } from "../schema";
import { articles } from "../tables";
import { logContentChange } from "./audit";
import { saveArticleRecord, setArticleDeleted, snapshotOf, tagLabelsOf } from "./article-save";

export type BulkChange = "publish" | "unpublish" | "delete" | "restore";

export async function listArticlesByIds(ids: number[]): Promise<Article[]> {
  return ids.length === 0 ? [] : await db.select().from(articles).where(inArray(articles.id, ids));
}

const isLive = (a: Article, now: number) =>
  a.status !== "draft" && a.deletedAt === null && a.publishedAt !== null && a.publishedAt <= now;

/** Whether the change would do anything to this story: a deleted story must be restored before it is published. */
export function bulkChangeApplies(change: BulkChange, article: Article, now: number): boolean {
  if (change === "delete") return article.deletedAt === null;
  if (change === "restore") return article.deletedAt !== null;
  if (article.deletedAt !== null) return false;
  return change === "publish" ? !isLive(article, now) : article.status !== "draft";
}

/**
 * One story's part of a bulk change, with its audit line. Publishing and unpublishing are
 * ordinary saves (a revision is kept and the version moves, so an editor with the story open
 * is told it changed); deleting and restoring work as the single-story buttons do.
 * Call inside the caller's transaction.
 */
export async function applyBulkChange(change: BulkChange, article: Article, editorId: number, now: number) {
  const entry = { actorId: editorId, articleId: article.id, note: article.title, at: now };
  if (change === "delete" || change === "restore") {
    await setArticleDeleted(article.id, change === "delete" ? now : null);
    await logContentChange({ ...entry, action: change === "delete" ? "story-delete" : "story-restore" });
    return;
  }
  const snapshot = await snapshotOf(db, article);
  const status = change === "publish" ? "published" : "draft";
  // A scheduled story published now goes out now; an unpublished story keeps its old time until it is published again.
  const publishedAt = change === "publish" ? now : article.publishedAt;
  const tags = await tagLabelsOf(db, article.id);
  await saveArticleRecord(
    { ...snapshot, tags, status, publishedAt, updatedAt: now },
    { id: article.id, editorId, now },
  );
  await logContentChange({ ...entry, action: change === "publish" ? "story-publish" : "story-unpublish" });
}
