import type Database from "better-sqlite3";
import type { SeedWriter } from "./writer";

// The migration 0010_media runs the same statement for databases that already had stories.
const registerSql = `
INSERT OR IGNORE INTO media (path, file_name, width, height, alt_en, alt_gu, created_at, updated_at)
SELECT image_path, image_path, max(image_width), max(image_height),
  coalesce(max(CASE WHEN edition = 'en' THEN image_alt END), ''),
  coalesce(max(CASE WHEN edition = 'gu' THEN image_alt END), ''),
  min(min(created_at), cast(unixepoch('subsec') * 1000 as integer)), min(min(created_at), cast(unixepoch('subsec') * 1000 as integer))
FROM articles
WHERE image_path IS NOT NULL AND image_width IS NOT NULL AND image_height IS NOT NULL
GROUP BY image_path`;

// The same on PostgreSQL, in SQLite's order (its GROUP BY sorts by path, bytewise), so both number the rows alike.
const registerPostgresSql = `
INSERT INTO "media" ("path", "file_name", "width", "height", "alt_en", "alt_gu", "created_at", "updated_at")
SELECT "image_path", "image_path", max("image_width"), max("image_height"),
  coalesce(max(CASE WHEN "edition" = 'en' THEN "image_alt" END), ''),
  coalesce(max(CASE WHEN "edition" = 'gu' THEN "image_alt" END), ''),
  least(min("created_at"), floor(extract(epoch from statement_timestamp()) * 1000)::bigint),
  least(min("created_at"), floor(extract(epoch from statement_timestamp()) * 1000)::bigint)
FROM "articles"
WHERE "image_path" IS NOT NULL AND "image_width" IS NOT NULL AND "image_height" IS NOT NULL
GROUP BY "image_path"
ORDER BY "image_path" COLLATE "C"
ON CONFLICT ("path") DO NOTHING`;

/** Adds every featured image not yet in the media library, with alt text taken from its stories. */
export function registerArticleImages(sqlite: Database.Database): number {
  return sqlite.prepare(registerSql).run().changes;
}

/** The same through the seed's writer, on either engine. */
export function registerSeedImages(writer: SeedWriter): Promise<number> {
  return writer.run(writer.engine === "postgres" ? registerPostgresSql : registerSql);
}
