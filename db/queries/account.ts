import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "../index";
import { articles, comments } from "../schema";

/** A person's own comments (not those they deleted), newest first, with the story each is on. */
export function listOwnComments(userId: number, limit = 50) {
  return db
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
    .limit(limit)
    .all();
}

export type OwnComment = ReturnType<typeof listOwnComments>[number];

/** The stories a person has commented on, so a change of their display name can refresh those threads. */
export function listCommentedArticleIds(userId: number): number[] {
  return db
    .selectDistinct({ id: comments.articleId })
    .from(comments)
    .where(eq(comments.userId, userId))
    .all()
    .map((row) => row.id);
}
