CREATE TABLE `comment_status_counts` (
	`status` text PRIMARY KEY NOT NULL,
	`count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `moderation_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`comment_id` integer,
	`target_user_id` integer,
	`from_status` text,
	`to_status` text,
	`note` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`target_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `moderation_log_actor_idx` ON `moderation_log` (`actor_id`);--> statement-breakpoint
CREATE INDEX `moderation_log_action_idx` ON `moderation_log` (`action`);--> statement-breakpoint
CREATE INDEX `moderation_log_comment_idx` ON `moderation_log` (`comment_id`);--> statement-breakpoint
CREATE INDEX `moderation_log_target_idx` ON `moderation_log` (`target_user_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `comment_reports` ADD `resolved_at` integer;--> statement-breakpoint
CREATE INDEX `comment_reports_open_idx` ON `comment_reports` (`resolved_at`,`comment_id`);--> statement-breakpoint
INSERT INTO `comment_status_counts` (`status`, `count`)
SELECT s.value, (SELECT count(*) FROM `comments` c WHERE c.status = s.value AND c.deleted_at IS NULL)
FROM json_each('["pending","approved","spam","rejected"]') s;
--> statement-breakpoint
CREATE TRIGGER `comments_count_insert` AFTER INSERT ON `comments` WHEN new.deleted_at IS NULL BEGIN
	UPDATE `comment_status_counts` SET `count` = `count` + 1 WHERE `status` = new.status;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_count_delete` AFTER DELETE ON `comments` WHEN old.deleted_at IS NULL BEGIN
	UPDATE `comment_status_counts` SET `count` = `count` - 1 WHERE `status` = old.status;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_count_update` AFTER UPDATE OF `status`, `deleted_at` ON `comments` BEGIN
	UPDATE `comment_status_counts` SET `count` = `count` - 1 WHERE `status` = old.status AND old.deleted_at IS NULL;
	UPDATE `comment_status_counts` SET `count` = `count` + 1 WHERE `status` = new.status AND new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_delete_closes_reports` AFTER UPDATE OF `deleted_at` ON `comments` WHEN new.deleted_at IS NOT NULL BEGIN
	UPDATE `comment_reports` SET `resolved_at` = new.deleted_at WHERE `comment_id` = new.id AND `resolved_at` IS NULL;
END;
