import "server-only";
import { and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { db } from "../index";
import { comments, users } from "../tables";

const contextColumns = () => ({
  id: comments.id,
  parentId: comments.parentId,
  body: comments.body,
  status: comments.status,
  deletedAt: comments.deletedAt,
  createdAt: comments.createdAt,
  authorName: users.name,
});

export type ContextComment = Awaited<ReturnType<typeof getCommentContext>>["before"][number];

const contextRows = (where: SQL) =>
  db.select(contextColumns()).from(comments).innerJoin(users, eq(users.id, comments.userId)).where(where);

/**
 * The thread around a comment: what it answers (up to the top), the replies under it, and the
 * published comments just before and after it on the same story.
 */
export async function getCommentContext(comment: { id: number; articleId: number; createdAt: number }, around = 3) {
  const ancestors = await contextRows(sql`${comments.id} in (with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from comments where id = ${comment.id}
      union all select c.id, c.parent_id, up.depth + 1 from comments c join up on c.id = up.parent_id where up.depth < 20
    ) select id from up where id != ${comment.id})`).orderBy(asc(comments.createdAt));
  const replies = await contextRows(sql`${comments.id} in (with recursive down(id) as (
      select id from comments where parent_id = ${comment.id}
      union select c.id from comments c join down on c.parent_id = down.id
    ) select id from down limit 200)`).orderBy(asc(comments.createdAt), asc(comments.id));
  const approvedOnStory = and(
    eq(comments.articleId, comment.articleId),
    eq(comments.status, "approved"),
    isNull(comments.deletedAt),
    sql`${comments.id} != ${comment.id}`,
  );
  const before = (
    await contextRows(and(approvedOnStory, sql`${comments.createdAt} <= ${comment.createdAt}`)!)
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(around)
  ).reverse();
  const after = await contextRows(and(approvedOnStory, sql`${comments.createdAt} > ${comment.createdAt}`)!)
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(around);
  return { ancestors, replies, before, after };
}
