import { and, asc, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { db } from "../index";
import { enqueueApprovalNotices } from "./notifications";
import { banCommentAuthors } from "./people";
import {
  articles,
  commentReports,
  comments,
  commentStatusCounts,
  type CommentStatus,
  moderationLog,
  users,
} from "../schema";

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
export function countQueues(filter: QueueFilter = {}): QueueCounts {
  const counts: QueueCounts = { pending: 0, reported: 0, approved: 0, spam: 0, rejected: 0 };
  const perStatus =
    filter.articleId || filter.authorId
      ? db
          .select({ status: comments.status, count: sql<number>`count(*)` })
          .from(comments)
          .where(and(isNull(comments.deletedAt), byArticleOrAuthor(filter)))
          .groupBy(comments.status)
          .all()
      : db.select().from(commentStatusCounts).all();
  for (const row of perStatus) counts[row.status] = row.count;
  // A comment its author deletes has its reports closed by a trigger, so unfiltered the report index alone answers.
  const reported = db.select({ n: sql<number>`count(distinct ${commentReports.commentId})` }).from(commentReports);
  counts.reported =
    (filter.articleId || filter.authorId
      ? reported
          .innerJoin(comments, eq(comments.id, commentReports.commentId))
          .where(and(isNull(commentReports.resolvedAt), isNull(comments.deletedAt), byArticleOrAuthor(filter)))
      : reported.where(isNull(commentReports.resolvedAt))
    ).get()?.n ?? 0;
  return counts;
}

const rowColumns = {
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
};

/**
 * The query behind one page of a queue (exported so tests can read its plan), fetching one extra
 * row to know whether a next page exists. Status queues walk (status, created_at); the Reported
 * queue walks the open-reports index newest comment first, one row per comment.
 */
export function queueQuery(queue: Queue, filter: QueueFilter, after?: QueueCursor, limit = queuePageSize) {
  if (queue === "reported") {
    return db
      .select(rowColumns)
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
      .groupBy(commentReports.commentId)
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
    .select(rowColumns)
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(users, eq(users.id, comments.userId))
    .where(and(queueWhere(queue, filter), position))
    .orderBy(...order)
    .limit(limit + 1);
}

/** One page of a queue in keyset order, with the cursor of the next page (null on the last). */
export function listQueue(queue: Queue, filter: QueueFilter, after?: QueueCursor, limit = queuePageSize) {
  const rows = queueQuery(queue, filter, after, limit).all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next: QueueCursor | null = rows.length > limit && last ? { at: last.createdAt, id: last.id } : null;
  return { rows: page, next };
}

export type QueueRow = ReturnType<typeof listQueue>["rows"][number];

export type OpenReport = { commentId: number; reason: string; note: string | null; reporterName: string };

/** The reports not yet dealt with on these comments, oldest first. */
export function listOpenReports(commentIds: number[]): OpenReport[] {
  if (commentIds.length === 0) return [];
  return db
    .select({
      commentId: commentReports.commentId,
      reason: commentReports.reason,
      note: commentReports.note,
      reporterName: users.name,
    })
    .from(commentReports)
    .innerJoin(users, eq(users.id, commentReports.reporterId))
    .where(and(inArray(commentReports.commentId, commentIds), isNull(commentReports.resolvedAt)))
    .orderBy(asc(commentReports.createdAt))
    .all();
}

export type DeskAction = "approve" | "reject" | "spam" | "feature" | "unfeature" | "delete";

/** What a moderation changed on one comment, so the caller can refresh that article's page. */
export type ModerationChange = {
  commentId: number;
  articleId: number;
  edition: "gu" | "en";
  slug: string;
  from: CommentStatus;
  to: CommentStatus | null;
  authorId: number;
};

const targetColumns = {
  commentId: comments.id,
  articleId: articles.id,
  edition: articles.edition,
  slug: articles.slug,
  from: comments.status,
  authorId: comments.userId,
};

function targetsOf(tx: Pick<typeof db, "select">, ids: number[]) {
  return tx
    .select(targetColumns)
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(inArray(comments.id, ids))
    .all();
}

const statusAfter: Record<Exclude<DeskAction, "delete" | "unfeature">, CommentStatus> = {
  approve: "approved",
  reject: "rejected",
  spam: "spam",
  // An editor's pick is shown to readers, so featuring approves as well.
  feature: "approved",
};

/**
 * Approves, rejects, marks as spam, (un)features or deletes comments for good, in one
 * transaction: every comment touched gets an audit entry, and its open reports are closed.
 * Deleting a comment deletes its replies with it (and logs them too). Unknown ids are skipped.
 */
export function moderateComments(
  ids: number[],
  action: DeskAction,
  actorId: number,
  at = Date.now(),
): ModerationChange[] {
  if (ids.length === 0) return [];
  return db.transaction((tx) => {
    if (action === "delete") {
      const tree = tx
        .all<{ id: number }>(
          sql`with recursive tree(id) as (
            select value from json_each(${JSON.stringify(ids)})
            union select c.id from comments c join tree t on c.parent_id = t.id
          ) select id from tree`,
        )
        .map((row) => row.id);
      const targets = targetsOf(tx, tree);
      if (targets.length === 0) return [];
      tx.insert(moderationLog)
        .values(
          targets.map((t) => ({
            actorId,
            action,
            commentId: t.commentId,
            targetUserId: t.authorId,
            fromStatus: t.from,
            toStatus: null,
            createdAt: at,
          })),
        )
        .run();
      tx.delete(comments)
        .where(
          inArray(
            comments.id,
            targets.map((t) => t.commentId),
          ),
        )
        .run();
      return targets.map((t) => ({ ...t, to: null }));
    }
    const targets = targetsOf(tx, ids);
    if (targets.length === 0) return [];
    const found = targets.map((t) => t.commentId);
    const to = action === "unfeature" ? undefined : statusAfter[action];
    const featured = action === "feature" ? true : action === "approve" ? undefined : false;
    tx.update(comments)
      .set({ ...(to ? { status: to } : {}), ...(featured === undefined ? {} : { featured }) })
      .where(inArray(comments.id, found))
      .run();
    tx.update(commentReports)
      .set({ resolvedAt: at })
      .where(and(inArray(commentReports.commentId, found), isNull(commentReports.resolvedAt)))
      .run();
    tx.insert(moderationLog)
      .values(
        targets.map((t) => ({
          actorId,
          action,
          commentId: t.commentId,
          targetUserId: t.authorId,
          fromStatus: t.from,
          toStatus: to ?? t.from,
          createdAt: at,
        })),
      )
      .run();
    const changes = targets.map((t) => ({ ...t, to: to ?? t.from }));
    enqueueApprovalNotices(tx, changes, actorId, at); // mailed after the commit (mailer/)
    return changes;
  });
}

/** One comment as the desk shows it, whatever its status; null when it is gone. */
export function getQueueRow(id: number) {
  return (
    db
      .select({ ...rowColumns, deletedAt: comments.deletedAt })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .innerJoin(users, eq(users.id, comments.userId))
      .where(eq(comments.id, id))
      .get() ?? null
  );
}

const contextColumns = {
  id: comments.id,
  parentId: comments.parentId,
  body: comments.body,
  status: comments.status,
  deletedAt: comments.deletedAt,
  createdAt: comments.createdAt,
  authorName: users.name,
};

export type ContextComment = ReturnType<typeof getCommentContext>["before"][number];

const contextRows = (where: SQL) =>
  db.select(contextColumns).from(comments).innerJoin(users, eq(users.id, comments.userId)).where(where);

/**
 * The thread around a comment: what it answers (up to the top), the replies under it, and the
 * published comments just before and after it on the same story.
 */
export function getCommentContext(comment: { id: number; articleId: number; createdAt: number }, around = 3) {
  const ancestors = contextRows(sql`${comments.id} in (with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from comments where id = ${comment.id}
      union all select c.id, c.parent_id, up.depth + 1 from comments c join up on c.id = up.parent_id where up.depth < 20
    ) select id from up where id != ${comment.id})`)
    .orderBy(asc(comments.createdAt))
    .all();
  const replies = contextRows(sql`${comments.id} in (with recursive down(id) as (
      select id from comments where parent_id = ${comment.id}
      union select c.id from comments c join down on c.parent_id = down.id
    ) select id from down limit 200)`)
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
  const approvedOnStory = and(
    eq(comments.articleId, comment.articleId),
    eq(comments.status, "approved"),
    isNull(comments.deletedAt),
    sql`${comments.id} != ${comment.id}`,
  );
  const before = contextRows(and(approvedOnStory, sql`${comments.createdAt} <= ${comment.createdAt}`)!)
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(around)
    .all()
    .reverse();
  const after = contextRows(and(approvedOnStory, sql`${comments.createdAt} > ${comment.createdAt}`)!)
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(around)
    .all();
  return { ancestors, replies, before, after };
}

/** A story for the desk's filter, by id or by edition and slug. */
export function findArticle(ref: { id: number } | { edition: "gu" | "en"; slug: string }) {
  const where =
    "id" in ref ? eq(articles.id, ref.id) : and(eq(articles.edition, ref.edition), eq(articles.slug, ref.slug));
  return db.select({ id: articles.id, title: articles.title }).from(articles).where(where).get() ?? null;
}

/** Bans the authors of these comments and rejects the comments, in one transaction: a failure leaves neither. */
export function banAndRejectComments(
  ids: number[],
  actorId: number,
  until: number,
  at = Date.now(),
): { people: number; changes: ModerationChange[] } {
  return db.transaction(() => {
    const banned = banCommentAuthors(ids, actorId, until, at);
    return {
      people: banned.userIds.length,
      changes: banned.userIds.length === 0 ? [] : moderateComments(banned.commentIds, "reject", actorId, at),
    };
  });
}
