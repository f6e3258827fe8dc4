import { and, isNull, lte, ne } from "drizzle-orm";
import { articles } from "../schema";

/** What readers may see: not a draft, its time has come, not deleted. Scheduled articles appear on their own. */
export function isVisible(now: number) {
  return and(ne(articles.status, "draft"), lte(articles.publishedAt, now), isNull(articles.deletedAt));
}

/** The columns every story card needs. */
export const cardColumns = {
  id: articles.id,
  edition: articles.edition,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  imagePath: articles.imagePath,
  imageAlt: articles.imageAlt,
  imageWidth: articles.imageWidth,
  imageHeight: articles.imageHeight,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  categoryId: articles.categoryId,
};
