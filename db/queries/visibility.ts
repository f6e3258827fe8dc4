import "server-only";
import { and, isNull, lte, ne, sql } from "drizzle-orm";
import { numberOrNull } from "../index";
import { articles } from "../tables";

/** What readers may see: not a draft, its time has come, not deleted. Scheduled articles appear on their own. */
export function isVisible(now: number) {
  return and(ne(articles.status, "draft"), lte(articles.publishedAt, now), isNull(articles.deletedAt));
}

/** The columns every story card needs, built per call on the open engine's table (db/tables.ts). */
export const cardColumns = () => ({
  id: articles.id,
  edition: articles.edition,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  imagePath: articles.imagePath,
  imageAlt: articles.imageAlt,
  imageWidth: articles.imageWidth,
  imageHeight: articles.imageHeight,
  // The library's focal point of the card's image (media_path_idx makes each a single lookup).
  imageFocusX: sql<number | null>`(select focal_x from media where media.path = ${articles.imagePath})`.mapWith(
    numberOrNull,
  ),
  imageFocusY: sql<number | null>`(select focal_y from media where media.path = ${articles.imagePath})`.mapWith(
    numberOrNull,
  ),
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  categoryId: articles.categoryId,
});
