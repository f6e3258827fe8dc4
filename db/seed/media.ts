import type Database from "better-sqlite3";

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

/** Adds every featured image not yet in the media library, with alt text taken from its stories. */
export function registerArticleImages(sqlite: Database.Database): number {
  return sqlite.prepare(registerSql).run().changes;
}
