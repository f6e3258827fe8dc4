import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "../index";
import { comments, users } from "../schema";

export function listApprovedComments(articleId: number, limit = 50) {
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      authorName: users.name,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .where(and(eq(comments.articleId, articleId), eq(comments.status, "approved")))
    .orderBy(asc(comments.createdAt))
    .limit(limit)
    .all();
}

export function countApprovedComments(articleId: number): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, "approved")))
    .get();
  return row?.n ?? 0;
}
