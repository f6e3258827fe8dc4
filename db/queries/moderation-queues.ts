import "server-only";
import { and, asc, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { db } from "../index";
import { groupByWith } from "../dialect";
import { type CommentStatus } from "../schema";
import { articles, commentReports, comments, commentStatusCounts, users } from "../tables";

// The moderation desk's queues: their counts, one page of each, the open reports, and the story filter.

export const queues = ["pending", "reported", "approved", "spam", "rejected"] as const;
export type Queue = (typeof queues)[number];
export type QueueFilter = { articleId?: number; authorId?: number };
/** Keyset position: the last row shown, by (created_at, id). */
export type QueueCursor = { at: number; id: number };
export type QueueCounts = Record<Queue, number>;

/** The desk shows this many comments a page; bulk actions accept at most this many ids. */
export const queuePageSize = 50;

const byArticleOrAuthor = (filter: QueueFilter) =>
  and(
    filter.articleId ? eq(comments.articleId, filter.articleId) : undefined,
    filter.authorId ? eq(comments.userId, filter.authorId) : undefined,
  );

function queueWhere(status: CommentStatus, filter: QueueFilter): SQL | undefined {
  return and(isNull(comments.deletedAt), eq(comments.status, status), byArticleOrAuthor(filter));
}

/** The backlog is worked oldest first; every other queue shows the newest first. */
const oldestFirst = (queue: Queue) => queue === "pending";

/** Comments in each queue. Unfiltered counts come from the counter table the triggers keep; filtered ones from the article or author index. */
export async function countQueues(filter: QueueFilter = {}): Promise<QueueCounts> {
  const counts: QueueCounts = { pending: 0, reported: 0, approved: 0, spam: 0, rejected: 0 };
  const perStatus =
    filter.articleId || filter.authorId
      ? await db
          .select({ status: comments.status, count: sql<number>`count(*)`.mapWith(Number) })
          .from(comments)
          .where(and(isNull(comments.deletedAt), byArticleOrAuthor(filter)))
          .groupBy(comments.status)
      : await db.select().from(commentStatusCounts);
  for (const row of perStatus) counts[row.status] = row.count;
  // A comment its author deletes has its reports closed by a trigger, so unfiltered the report index alone answers.
  const reported = db
    .select({ n: sql<number>`count(distinct ${commentReports.commentId})`.mapWith(Number) })
    .from(commentReports);
  counts.reported =
    (
      await (
        filter.articleId || filter.authorId
          ? reported
              .innerJoin(comments, eq(comments.id, commentReports.commentId))
              .where(and(isNull(commentReports.resolvedAt), isNull(comments.deletedAt), byArticleOrAuthor(filter)))
          : reported.where(isNull(commentReports.resolvedAt))
      ).limit(1)
    )[0]?.n ?? 0;
  return counts;
}

const rowColumns = () => ({
  id: comments.id,
  body: comments.body,
  status: comments.status,
  featured: comments.featured,
  heldReason: comments.heldReason,
  parentId: comments.parentId,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  articleId: articles.id,
  articleEdition: articles.edition,
  articleSlug: articles.slug,
  articleTitle: articles.title,
  authorId: users.id,
  authorName: users.name,
  authorEmail: users.email,
  authorRole: users.role,
  authorBannedUntil: users.bannedUntil,
});

/**
 * The query behind one page of a queue (exported so tests can read its plan), fetching one extra
 * row to know whether a next page exists. Status queues walk (status, created_at); the Reported
 * queue walks the open-reports index newest comment first, one row per comment.
 */
export function queueQuery(queue: Queue, filter: QueueFilter, after?: QueueCursor, limit = queuePageSize) {
  if (queue === "reported") {
    return db
      .select(rowColumns())
      .from(commentReports)
      .innerJoin(comments, eq(comments.id, commentReports.commentId))
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .innerJoin(users, eq(users.id, comments.userId))
      .where(
        and(
          isNull(commentReports.resolvedAt),
          isNull(comments.deletedAt),
          byArticleOrAuthor(filter),
          after ? lt(commentReports.commentId, after.id) : undefined,
        ),
      )
      .groupBy(...groupByWith(commentReports.commentId, [comments.id, articles.id, users.id]))
      .orderBy(desc(commentReports.commentId))
      .limit(limit + 1);
  }
  const ascending = oldestFirst(queue);
  const position = after
    ? ascending
      ? sql`(${comments.createdAt}, ${comments.id}) > (${after.at}, ${after.id})`
      : sql`(${comments.createdAt}, ${comments.id}) < (${after.at}, ${after.id})`
    : undefined;
  const order = ascending ? [asc(comments.createdAt), asc(comments.id)] : [desc(comments.createdAt), desc(comments.id)];
  return db
    .select(rowColumns())
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(users, eq(users.id, comments.userId))
    .where(and(queueWhere(queue, filter), position))
    .orderBy(...order)
    .limit(limit + 1);
}

/** One page of a queue in keyset order, with the cursor of the next page (null on the last). */
export async function listQueue(queue: Queue, filter: QueueFilter, after?: QueueCursor, limit = queuePageSize) {
  const rows = await queueQuery(queue, filter, after, limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next: QueueCursor | null = rows.length > limit && last ? { at: last.createdAt, id: last.id } : null;
  return { rows: page, next };
}

export type QueueRow = Awaited<ReturnType<typeof listQueue>>["rows"][number];

export type OpenReport = { commentId: number; reason: string; note: string | null; reporterName: string };

/** The reports not yet dealt with on these comments, oldest first. */
export async function listOpenReports(commentIds: number[]): Promise<OpenReport[]> {
  if (commentIds.length === 0) return [];
  return await db
    .select({
      commentId: commentReports.commentId,
      reason: commentReports.reason,
      note: commentReports.note,
      reporterName: users.name,
    })
    .from(commentReports)
    .innerJoin(users, eq(users.id, commentReports.reporterId))
    .where(and(inArray(commentReports.commentId, commentIds), isNull(commentReports.resolvedAt)))
    .orderBy(asc(commentReports.createdAt), asc(commentReports.id)); // reports made in one statement share a time
}

/** One comment as the desk shows it, whatever its status; null when it is gone. */
export async function getQueueRow(id: number) {
  return (
    (
      await db
        .select({ ...rowColumns(), deletedAt: comments.deletedAt })
        .from(comments)
        .innerJoin(articles, eq(articles.id, comments.articleId))
        .innerJoin(users, eq(users.id, comments.userId))
        .where(eq(comments.id, id))
        .limit(1)
    )[0] ?? null
  );
}

/** A story for the desk's filter, by id or by edition and slug. */
export async function findArticle(ref: { id: number } | { edition: "gu" | "en"; slug: string }) {
  const where =
    "id" in ref ? eq(articles.id, ref.id) : and(eq(articles.edition, ref.edition), eq(articles.slug, ref.slug));
  return (await db.select({ id: articles.id, title: articles.title }).from(articles).where(where).limit(1))[0] ?? null;
}
