import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { changedRows, db, numberOrNull } from "../index";
import { rowsOf } from "../dialect";
import { atomically } from "../write";
import { type Edition, type ReportReason } from "../schema";
import { articles, commentReports, comments } from "../tables";
import { liveComment } from "./comment-thread";
import { enqueueReplyNotice } from "./notifications";
import { isVisible } from "./visibility";

/** The published article a comment form names, with whether it takes comments; null when readers cannot see it. */
export async function getCommentableArticle(lang: Edition, slug: string, now = Date.now()) {
  return (
    (
      await db
        .select({ id: articles.id, commentsOpen: articles.commentsOpen, publishedAt: articles.publishedAt })
        .from(articles)
        .where(and(eq(articles.edition, lang), eq(articles.slug, slug), isVisible(now)))
        .limit(1)
    )[0] ?? null
  );
}

export async function getComment(id: number) {
  return (await db.select().from(comments).where(eq(comments.id, id)).limit(1))[0] ?? null;
}

/** How deep a comment sits: 0 for top-level, 1 for a reply, 2 for a reply to a reply (and so on). */
export async function getCommentDepth(id: number): Promise<number> {
  const [row] = await rowsOf<{ depth: number }>(sql`with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from comments where id = ${id}
      union all select c.id, c.parent_id, up.depth + 1 from comments c join up on c.id = up.parent_id where up.depth < 10
    ) select max(depth) as depth from up`);
  return Number(row?.depth ?? 0);
}

/** Approved comments a person has left anywhere: enough of them makes them trusted. */
export async function countUserApprovedComments(userId: number, exceptId?: number): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(comments)
        .where(
          and(
            eq(comments.userId, userId),
            liveComment(),
            exceptId === undefined ? undefined : ne(comments.id, exceptId),
          ),
        )
        .limit(1)
    )[0]?.n ?? 0
  );
}

/**
 * When the person last commented anywhere (deleted comments count too), or null. A rejected comment
 * does not count: after a banned-word refusal the reader corrects their text and sends it at once.
 */
export async function getLastCommentTime(userId: number): Promise<number | null> {
  return (
    (
      await db
        .select({ at: sql<number | null>`max(${comments.createdAt})`.mapWith(numberOrNull) })
        .from(comments)
        .where(and(eq(comments.userId, userId), ne(comments.status, "rejected")))
        .limit(1)
    )[0]?.at ?? null
  );
}

/** The texts a person has left on one article and not deleted, for the duplicate rule. */
export async function listUserCommentBodies(userId: number, articleId: number): Promise<string[]> {
  return (
    await db
      .select({ body: comments.body })
      .from(comments)
      .where(and(eq(comments.userId, userId), eq(comments.articleId, articleId), isNull(comments.deletedAt)))
  ).map((r) => r.body);
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
export async function createComment(values: NewComment) {
  return atomically(async () => {
    const row = (await db.insert(comments).values(values).returning({ id: comments.id, status: comments.status }))[0];
    // A reply published at once tells the parent's author now; a held one does when it is approved.
    if (row.status === "approved" && values.parentId !== null) await enqueueReplyNotice(db, row.id, values.createdAt);
    return row;
  });
}

export async function updateCommentBody(
  id: number,
  body: string,
  editedAt: number,
  status?: "approved" | "pending",
  heldReason?: string | null,
) {
  await db
    .update(comments)
    .set({ body, editedAt, ...(status ? { status, heldReason: heldReason ?? null } : {}) })
    .where(eq(comments.id, id));
}

export async function softDeleteComment(id: number, at: number) {
  await db
    .update(comments)
    .set({ deletedAt: at })
    .where(and(eq(comments.id, id), isNull(comments.deletedAt)));
}

/** Records a report; false when this person had already reported the comment. */
export async function createCommentReport(values: {
  commentId: number;
  reporterId: number;
  reason: ReportReason;
  note: string | null;
}): Promise<boolean> {
  const result = await db.insert(commentReports).values(values).onConflictDoNothing();
  return changedRows(result) > 0;
}

/** The article a viewer request names, if readers can see it: what the comment island needs to know about it. */
export async function getCommentableArticleById(id: number, now = Date.now()) {
  return (
    (
      await db
        .select({ id: articles.id, commentsOpen: articles.commentsOpen, publishedAt: articles.publishedAt })
        .from(articles)
        .where(and(eq(articles.id, id), isVisible(now)))
        .limit(1)
    )[0] ?? null
  );
}
