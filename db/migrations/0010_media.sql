CREATE TABLE `media` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`path` text NOT NULL,
	`file_name` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`alt_en` text DEFAULT '' NOT NULL,
	`alt_gu` text DEFAULT '' NOT NULL,
	`credit_en` text DEFAULT '' NOT NULL,
	`credit_gu` text DEFAULT '' NOT NULL,
	`focal_x` real DEFAULT 0.5 NOT NULL,
	`focal_y` real DEFAULT 0.5 NOT NULL,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_path_idx` ON `media` (`path`);--> statement-breakpoint
CREATE INDEX `media_created_idx` ON `media` (`created_at`);--> statement-breakpoint
-- hand-written
-- Every featured image already in use joins the library, with the alt text of a story of each edition
-- (the same statement as db/seed/media.ts, which registers the demo images after seeding).
INSERT OR IGNORE INTO `media` (`path`, `file_name`, `width`, `height`, `alt_en`, `alt_gu`, `created_at`, `updated_at`)
SELECT `image_path`, `image_path`, max(`image_width`), max(`image_height`),
  coalesce(max(CASE WHEN `edition` = 'en' THEN `image_alt` END), ''),
  coalesce(max(CASE WHEN `edition` = 'gu' THEN `image_alt` END), ''),
  min(min(`created_at`), cast(unixepoch('subsec') * 1000 as integer)), min(min(`created_at`), cast(unixepoch('subsec') * 1000 as integer))
FROM `articles`
WHERE `image_path` IS NOT NULL AND `image_width` IS NOT NULL AND `image_height` IS NOT NULL
GROUP BY `image_path`;
