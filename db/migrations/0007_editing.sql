CREATE TABLE `article_autosaves` (
	`user_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`base_version` integer,
	`values` text NOT NULL,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `article_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_presence` (
	`article_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `user_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_presence_seen_idx` ON `article_presence` (`seen_at`);--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `version` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `comments` ADD `from_desk` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `moderation_log` ADD `article_id` integer;--> statement-breakpoint
ALTER TABLE `moderation_log` ADD `before` text;--> statement-breakpoint
ALTER TABLE `moderation_log` ADD `after` text;--> statement-breakpoint
CREATE INDEX `moderation_log_created_idx` ON `moderation_log` (`created_at`);