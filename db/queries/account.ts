import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "../index";
import { articles, comments } from "../tables";

/** A person's own comments (not those they deleted), newest first, with the story each is on. */
export async function listOwnComments(userId: number, limit = 50) {
  return await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      articleEdition: articles.edition,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      articleLive: articles.status,
      articlePublishedAt: articles.publishedAt,
      articleDeletedAt: articles.deletedAt,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(and(eq(comments.userId, userId), isNull(comments.deletedAt)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit);
}

export type OwnComment = Awaited<ReturnType<typeof listOwnComments>>[number];

/** The stories a person has commented on, so a change of their display name can refresh those threads. */
export async function listCommentedArticleIds(userId: number): Promise<number[]> {
  return (await db.selectDistinct({ id: comments.articleId }).from(comments).where(eq(comments.userId, userId))).map(
    (row) => row.id,
  );
}
