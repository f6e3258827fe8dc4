import { and, asc, desc, eq, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { CommentOrder, ThreadRow } from "@/lib/comments/thread";
import { db } from "../index";
import { articles, commentReports, comments, type Edition, type ReportReason, users } from "../schema";
import { enqueueReplyNotice } from "./notifications";
import { isVisible } from "./visibility";

const rowColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorId: comments.userId,
  authorName: users.name,
  // The text of a deleted comment stays in the database but never leaves it for the thread.
  body: sql<string>`case when ${comments.deletedAt} is null then ${comments.body} else '' end`,
  status: comments.status,
  featured: comments.featured,
  fromDesk: comments.fromDesk,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  deleted: sql<boolean>`${comments.deletedAt} is not null`.mapWith(Boolean),
};

const live = and(eq(comments.status, "approved"), isNull(comments.deletedAt));

// A deleted top-level comment still heads the thread while a live reply (or reply to a reply) hangs from it.
const hasLiveReply = sql`exists (select 1 from comments r where r.parent_id = ${comments.id} and r.status = 'approved'
  and (r.deleted_at is null or exists (select 1 from comments g where g.parent_id = r.id and g.status = 'approved' and g.deleted_at is null)))`;

function topLevelWhere(articleId: number): SQL | undefined {
  return and(
    eq(comments.articleId, articleId),
    isNull(comments.parentId),
    eq(comments.status, "approved"),
    sql`(${comments.deletedAt} is null or ${hasLiveReply})`,
  );
}

/** Approved comments for one article: one page of top-level ones (editor's picks first) and every approved reply under them. */
export function listThreadComments(
  articleId: number,
  { order, limit, offset = 0 }: { order: CommentOrder; limit: number; offset?: number },
) {
  const top = db
    .select(rowColumns)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .where(topLevelWhere(articleId))
    .orderBy(
      desc(comments.featured),
      order === "oldest" ? asc(comments.createdAt) : desc(comments.createdAt),
      asc(comments.id),
    )
    .limit(limit)
    .offset(offset)
    .all();
  const topLevelTotal =
    db
      .select({ n: sql<number>`count(*)` })
      .from(comments)
      .where(topLevelWhere(articleId))
      .get()?.n ?? 0;
  // "+status" keeps SQLite on the parent index: left to itself it walks every approved comment
  // through the status index (seconds on a million comments, for a handful of replies).
  const replyIds =
    top.length === 0
      ? []
      : db
          .all<{ id: number }>(
            sql`with recursive thread(id) as (
        select id from comments where parent_id in (select value from json_each(${JSON.stringify(top.map((c) => c.id))})) and +status = 'approved'
        union select c.id from comments c join thread t on c.parent_id = t.id where +c.status = 'approved'
      ) select id from thread`,
          )
          .map((r) => r.id);
  const replies =
    replyIds.length === 0
      ? []
      : db
          .select(rowColumns)
          .from(comments)
          .innerJoin(users, eq(users.id, comments.userId))
          .where(sql`${comments.id} in (select value from json_each(${JSON.stringify(replyIds)}))`)
          .all();
  return {
    comments: [...top, ...replies] as ThreadRow[],
    topLevelTotal,
    hasMore: topLevelTotal > offset + top.length,
    total: countApprovedComments(articleId),
  };
}

/** A signed-in reader's own comments still waiting for a moderator on one article: only they see these. */
export function listOwnPendingComments(articleId: number, userId: number): ThreadRow[] {
  return db
    .select(rowColumns)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .where(
      and(
        eq(comments.articleId, articleId),
        eq(comments.userId, userId),
        eq(comments.status, "pending"),
        isNull(comments.deletedAt),
      ),
    )
    .orderBy(asc(comments.createdAt))
    .all() as ThreadRow[];
}

/** Approved, not deleted comments on an article, replies included. */
export function countApprovedComments(articleId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(comments)
      .where(and(eq(comments.articleId, articleId), live))
      .get()?.n ?? 0
  );
}

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
      .where(and(eq(comments.userId, userId), live, exceptId === undefined ? undefined : ne(comments.id, exceptId)))
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

/** A reader's own live comments on one article (pending and approved): their island shows the pending ones and lets them edit. */
export function listOwnLiveComments(articleId: number, userId: number): ThreadRow[] {
  return db
    .select(rowColumns)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .where(
      and(
        eq(comments.articleId, articleId),
        eq(comments.userId, userId),
        ne(comments.status, "rejected"),
        ne(comments.status, "spam"),
        isNull(comments.deletedAt),
      ),
    )
    .orderBy(asc(comments.createdAt))
    .limit(500)
    .all() as ThreadRow[];
}
