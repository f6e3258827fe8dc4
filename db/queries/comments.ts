import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { db } from "../index";
import { articles, commentReports, comments, type Edition, type ReportReason } from "../schema";
import { liveComment } from "./comment-thread";
import { enqueueReplyNotice } from "./notifications";
import { isVisible } from "./visibility";

/** The published article a comment form names, with whether it takes comments; null when readers cannot see it. */
export function getCommentableArticle(lang: Edition, slug: string, now = Date.now()) {
  return (
    db
      .select({ id: articles.id, commentsOpen: articles.commentsOpen, publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(eq(articles.edition, lang), eq(articles.slug, slug), isVisible(now)))
      .get() ?? null
  );
}

export function getComment(id: number) {
  return db.select().from(comments).where(eq(comments.id, id)).get() ?? null;
}

/** How deep a comment sits: 0 for top-level, 1 for a reply, 2 for a reply to a reply (and so on). */
export function getCommentDepth(id: number): number {
  const row = db.get<{ depth: number }>(sql`with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from comments where id = ${id}
      union all select c.id, c.parent_id, up.depth + 1 from comments c join up on c.id = up.parent_id where up.depth < 10
    ) select max(depth) as depth from up`);
  return row?.depth ?? 0;
}

/** Approved comments a person has left anywhere: enough of them makes them trusted. */
export function countUserApprovedComments(userId: number, exceptId?: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(comments)
      .where(
        and(eq(comments.userId, userId), liveComment, exceptId === undefined ? undefined : ne(comments.id, exceptId)),
      )
      .get()?.n ?? 0
  );
}

/**
 * When the person last commented anywhere (deleted comments count too), or null. A rejected comment
 * does not count: after a banned-word refusal the reader corrects their text and sends it at once.
 */
export function getLastCommentTime(userId: number): number | null {
  return (
    db
      .select({ at: sql<number | null>`max(${comments.createdAt})` })
      .from(comments)
      .where(and(eq(comments.userId, userId), ne(comments.status, "rejected")))
      .get()?.at ?? null
  );
}

/** The texts a person has left on one article and not deleted, for the duplicate rule. */
export function listUserCommentBodies(userId: number, articleId: number): string[] {
  return db
    .select({ body: comments.body })
    .from(comments)
    .where(and(eq(comments.userId, userId), eq(comments.articleId, articleId), isNull(comments.deletedAt)))
    .all()
    .map((r) => r.body);
}

export type NewComment = {
  articleId: number;
  userId: number;
  parentId: number | null;
  body: string;
  status: "approved" | "pending" | "rejected";
  heldReason: string | null;
  createdAt: number;
};

// `.all()`, not `.get()`: better-sqlite3's get() on INSERT … RETURNING hands back the row even when the commit then fails.
export function createComment(values: NewComment) {
  return db.transaction((tx) => {
    const row = tx.insert(comments).values(values).returning({ id: comments.id, status: comments.status }).all()[0];
    // A reply published at once tells the parent's author now; a held one does when it is approved.
    if (row.status === "approved" && values.parentId !== null) enqueueReplyNotice(tx, row.id, values.createdAt);
    return row;
  });
}

export function updateCommentBody(
  id: number,
  body: string,
  editedAt: number,
  status?: "approved" | "pending",
  heldReason?: string | null,
) {
  db.update(comments)
    .set({ body, editedAt, ...(status ? { status, heldReason: heldReason ?? null } : {}) })
    .where(eq(comments.id, id))
    .run();
}

export function softDeleteComment(id: number, at: number) {
  db.update(comments)
    .set({ deletedAt: at })
    .where(and(eq(comments.id, id), isNull(comments.deletedAt)))
    .run();
}

/** Records a report; false when this person had already reported the comment. */
export function createCommentReport(values: {
  commentId: number;
  reporterId: number;
  reason: ReportReason;
  note: string | null;
}): boolean {
  const result = db.insert(commentReports).values(values).onConflictDoNothing().run();
  return result.changes > 0;
}

/** The article a viewer request names, if readers can see it: what the comment island needs to know about it. */
export function getCommentableArticleById(id: number, now = Date.now()) {
  return (
    db
      .select({ id: articles.id, commentsOpen: articles.commentsOpen, publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(eq(articles.id, id), isVisible(now)))
      .get() ?? null
  );
}
