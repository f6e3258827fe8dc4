import "server-only";
import { count, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { db } from "../index";
import { articles, type Edition, media, type Media, users } from "../schema";

export const mediaPageSize = 24;

export type MediaText = Pick<Media, "altEn" | "altGu" | "creditEn" | "creditGu">;
export type NewMedia = MediaText &
  Pick<Media, "path" | "fileName" | "width" | "height"> & { uploadedBy: number | null; createdAt?: number };
export type MediaEdit = MediaText & Pick<Media, "focalX" | "focalY">;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Adds a stored image to the library; returns its id. */
export function createMedia(values: NewMedia): number {
  const now = values.createdAt ?? Date.now();
  return db
    .insert(media)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning({ id: media.id })
    .all()[0].id;
}

export function getMedia(id: number): Media | null {
  return db.select().from(media).where(eq(media.id, id)).get() ?? null;
}

export function getMediaByPath(path: string): Media | null {
  return db.select().from(media).where(eq(media.path, path)).get() ?? null;
}

/** Width and height of the library images among `paths`, for inline images in a story body. */
export function getMediaSizes(paths: string[]): Map<string, { width: number; height: number }> {
  if (paths.length === 0) return new Map();
  const rows = db
    .select({ path: media.path, width: media.width, height: media.height })
    .from(media)
    .where(inArray(media.path, [...new Set(paths)].slice(0, 200)))
    .all();
  return new Map(rows.map((row) => [row.path, { width: row.width, height: row.height }]));
}

/** One page of the library, newest first; `query` matches alt text, credit or file name in either language. */
export function listMedia({ query }: { query?: string }, page = 1, pageSize = mediaPageSize) {
  const pattern = query ? `%${escapeLike(query)}%` : null;
  const like = (column: AnySQLiteColumn) => sql`${column} like ${pattern} escape '\\'`;
  const where = pattern
    ? or(
        like(media.altEn),
        like(media.altGu),
        like(media.creditEn),
        like(media.creditGu),
        like(media.fileName),
        like(media.path),
      )
    : undefined;
  const rows = db
    .select({
      id: media.id,
      path: media.path,
      fileName: media.fileName,
      width: media.width,
      height: media.height,
      altEn: media.altEn,
      altGu: media.altGu,
      focalX: media.focalX,
      focalY: media.focalY,
      createdAt: media.createdAt,
      uploaderName: users.name,
    })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(pageSize)
    .offset((Math.max(1, page) - 1) * pageSize)
    .all();
  const total = db.select({ n: count() }).from(media).where(where).get()?.n ?? 0;
  return { rows, total };
}

export type MediaListRow = ReturnType<typeof listMedia>["rows"][number];

export function getUploaderName(media: Pick<Media, "uploadedBy">): string | null {
  if (!media.uploadedBy) return null;
  return db.select({ name: users.name }).from(users).where(eq(users.id, media.uploadedBy)).get()?.name ?? null;
}

/** Saves alt text, credit and focal point; false when the image is gone. */
export function updateMedia(id: number, values: MediaEdit, now = Date.now()): boolean {
  return (
    db
      .update(media)
      .set({ ...values, updatedAt: now })
      .where(eq(media.id, id))
      .run().changes > 0
  );
}

export function deleteMedia(id: number): boolean {
  return db.delete(media).where(eq(media.id, id)).run().changes > 0;
}

export type MediaUse = { id: number; title: string; edition: Edition; deleted: boolean; featured: boolean };

/**
 * Every story that shows the image: as its featured image, or inline in its body ("/media/<path>").
 * Deleted stories count too: restoring one must not bring back a broken image.
 */
export function listMediaUsage(path: string, limit = 50): MediaUse[] {
  const inline = sql`instr(${articles.body}, ${`/media/${path}`}) > 0`;
  return db
    .select({
      id: articles.id,
      title: articles.title,
      edition: articles.edition,
      deletedAt: articles.deletedAt,
      imagePath: articles.imagePath,
    })
    .from(articles)
    .where(or(eq(articles.imagePath, path), inline))
    .orderBy(desc(articles.id))
    .limit(limit)
    .all()
    .map((row) => ({
      id: row.id,
      title: row.title,
      edition: row.edition,
      deleted: row.deletedAt !== null,
      featured: row.imagePath === path,
    }));
}

/** The stories with this featured image, for refreshing the pages that crop or credit it. */
export function listFeaturingArticleIds(path: string, limit = 200): number[] {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.imagePath, path))
    .limit(limit)
    .all()
    .map((row) => row.id);
}
