import "server-only";
import { count, desc, eq, inArray, or, type SQLWrapper, sql } from "drizzle-orm";
import { changedRows, db } from "../index";
import { likeAnyCase, positionOf } from "../dialect";
import { type Edition, type Media } from "../schema";
import { articles, media, users } from "../tables";

export const mediaPageSize = 24;

export type MediaText = Pick<Media, "altEn" | "altGu" | "creditEn" | "creditGu">;
export type NewMedia = MediaText &
  Pick<Media, "path" | "fileName" | "width" | "height"> & { uploadedBy: number | null; createdAt?: number };
export type MediaEdit = MediaText & Pick<Media, "focalX" | "focalY">;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Adds a stored image to the library; returns its id. */
export async function createMedia(values: NewMedia): Promise<number> {
  const now = values.createdAt ?? Date.now();
  return (
    await db
      .insert(media)
      .values({ ...values, createdAt: now, updatedAt: now })
      .returning({ id: media.id })
  )[0].id;
}

export async function getMedia(id: number): Promise<Media | null> {
  return (await db.select().from(media).where(eq(media.id, id)).limit(1))[0] ?? null;
}

export async function getMediaByPath(path: string): Promise<Media | null> {
  return (await db.select().from(media).where(eq(media.path, path)).limit(1))[0] ?? null;
}

/** Width and height of the library images among `paths`, for inline images in a story body. */
export async function getMediaSizes(paths: string[]): Promise<Map<string, { width: number; height: number }>> {
  if (paths.length === 0) return new Map();
  const rows = await db
    .select({ path: media.path, width: media.width, height: media.height })
    .from(media)
    .where(inArray(media.path, [...new Set(paths)].slice(0, 200)));
  return new Map(rows.map((row) => [row.path, { width: row.width, height: row.height }]));
}

/** One page of the library, newest first; `query` matches alt text, credit or file name in either language. */
export async function listMedia({ query }: { query?: string }, page = 1, pageSize = mediaPageSize) {
  const pattern = query ? `%${escapeLike(query)}%` : null;
  const like = (column: SQLWrapper) => likeAnyCase(column, pattern!);
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
  const rows = await db
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
    .offset((Math.max(1, page) - 1) * pageSize);
  const total = (await db.select({ n: count() }).from(media).where(where).limit(1))[0]?.n ?? 0;
  return { rows, total };
}

export type MediaListRow = Awaited<ReturnType<typeof listMedia>>["rows"][number];

export async function getUploaderName(media: Pick<Media, "uploadedBy">): Promise<string | null> {
  if (!media.uploadedBy) return null;
  return (
    (await db.select({ name: users.name }).from(users).where(eq(users.id, media.uploadedBy)).limit(1))[0]?.name ?? null
  );
}

/** Saves alt text, credit and focal point; false when the image is gone. */
export async function updateMedia(id: number, values: MediaEdit, now = Date.now()): Promise<boolean> {
  return (
    changedRows(
      await db
        .update(media)
        .set({ ...values, updatedAt: now })
        .where(eq(media.id, id)),
    ) > 0
  );
}

export async function deleteMedia(id: number): Promise<boolean> {
  return changedRows(await db.delete(media).where(eq(media.id, id))) > 0;
}

export type MediaUse = { id: number; title: string; edition: Edition; deleted: boolean; featured: boolean };

/**
 * Every story that shows the image: as its featured image, or inline in its body ("/media/<path>").
 * Deleted stories count too: restoring one must not bring back a broken image.
 */
export async function listMediaUsage(path: string, limit = 50): Promise<MediaUse[]> {
  const inline = sql`${positionOf(articles.body, `/media/${path}`)} > 0`;
  return (
    await db
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
  ).map((row) => ({
    id: row.id,
    title: row.title,
    edition: row.edition,
    deleted: row.deletedAt !== null,
    featured: row.imagePath === path,
  }));
}

/** The stories with this featured image, for refreshing the pages that crop or credit it. */
export async function listFeaturingArticleIds(path: string, limit = 200): Promise<number[]> {
  return (await db.select({ id: articles.id }).from(articles).where(eq(articles.imagePath, path)).limit(limit)).map(
    (row) => row.id,
  );
}
