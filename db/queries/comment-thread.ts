import "server-only";
import { and, asc, desc, eq, isNull, ne, type SQL, sql } from "drizzle-orm";
import { db } from "../index";
import { inIds, perDialect, rowsOf } from "../dialect";
import { comments, users } from "../tables";

export type CommentOrder = "oldest" | "newest";

/** One comment as the thread reads it; the body of a deleted comment is never sent. */
export type ThreadRow = {
  id: number;
  parentId: number | null;
  authorId: number;
  authorName: string;
  body: string;
  status: "pending" | "approved" | "spam" | "rejected";
  featured: boolean;
  /** A reply from the newsroom's moderation desk. */
  fromDesk?: boolean;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
};

const rowColumns = () => ({
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
});

/** Approved and not deleted: what readers see (built per call, on the open engine's table). */
export const liveComment = () => and(eq(comments.status, "approved"), isNull(comments.deletedAt));

// A deleted top-level comment still heads the thread while a live reply (or reply to a reply) hangs from it.
const hasLiveReply = () =>
  sql`exists (select 1 from comments r where r.parent_id = ${comments.id} and r.status = 'approved'
  and (r.deleted_at is null or exists (select 1 from comments g where g.parent_id = r.id and g.status = 'approved' and g.deleted_at is null)))`;

function topLevelWhere(articleId: number): SQL | undefined {
  return and(
    eq(comments.articleId, articleId),
    isNull(comments.parentId),
    eq(comments.status, "approved"),
    sql`(${comments.deletedAt} is null or ${hasLiveReply()})`,
  );
}

/** Approved comments for one article: one page of top-level ones (editor's picks first) and every approved reply under them. */
export async function listThreadComments(
  articleId: number,
  { order, limit, offset = 0 }: { order: CommentOrder; limit: number; offset?: number },
) {
  const top = await db
    .select(rowColumns())
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .where(topLevelWhere(articleId))
    .orderBy(
      desc(comments.featured),
      order === "oldest" ? asc(comments.createdAt) : desc(comments.createdAt),
      asc(comments.id),
    )
    .limit(limit)
    .offset(offset);
  const topLevelTotal =
    (
      await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(comments)
        .where(topLevelWhere(articleId))
        .limit(1)
    )[0]?.n ?? 0;
  // "+status" keeps SQLite on the parent index: left to itself it walks every approved comment
  // through the status index (seconds on a million comments, for a handful of replies).
  const replyIds =
    top.length === 0
      ? []
      : (
          await rowsOf<{ id: number }>(
            perDialect(
              sql`with recursive thread(id) as (
        select id from comments where parent_id in (select value from json_each(${JSON.stringify(top.map((c) => c.id))})) and +status = 'approved'
        union select c.id from comments c join thread t on c.parent_id = t.id where +c.status = 'approved'
      ) select id from thread`,
              sql`with recursive thread(id) as (
        select id from comments where parent_id = any(${sql.param(top.map((c) => c.id))}::integer[]) and status = 'approved'
        union select c.id from comments c join thread t on c.parent_id = t.id where c.status = 'approved'
      ) select id from thread`,
            ),
          )
        ).map((r) => r.id);
  const replies =
    replyIds.length === 0
      ? []
      : await db
          .select(rowColumns())
          .from(comments)
          .innerJoin(users, eq(users.id, comments.userId))
          .where(inIds(comments.id, replyIds));
  return {
    comments: [...top, ...replies] as ThreadRow[],
    topLevelTotal,
    hasMore: topLevelTotal > offset + top.length,
    total: await countApprovedComments(articleId),
  };
}

/** A signed-in reader's own comments still waiting for a moderator on one article: only they see these. */
export async function listOwnPendingComments(articleId: number, userId: number): Promise<ThreadRow[]> {
  return (await db
    .select(rowColumns())
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
    .orderBy(asc(comments.createdAt))) as ThreadRow[];
}

/** Approved, not deleted comments on an article, replies included. */
export async function countApprovedComments(articleId: number): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(comments)
        .where(and(eq(comments.articleId, articleId), liveComment()))
        .limit(1)
    )[0]?.n ?? 0
  );
}

/** A reader's own live comments on one article (pending and approved): their island shows the pending ones and lets them edit. */
export async function listOwnLiveComments(articleId: number, userId: number): Promise<ThreadRow[]> {
  return (await db
    .select(rowColumns())
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
    .limit(500)) as ThreadRow[];
}
