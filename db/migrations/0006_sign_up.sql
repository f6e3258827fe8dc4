CREATE TABLE `sign_up_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`next_path` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sign_up_requests_hash_idx` ON `sign_up_requests` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sign_up_requests_expires_idx` ON `sign_up_requests` (`expires_at`);--> statement-breakpoint
CREATE TABLE `used_form_stamps` (
	`stamp` text PRIMARY KEY NOT NULL,
	`address` text NOT NULL,
	`used_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `used_form_stamps_address_idx` ON `used_form_stamps` (`address`,`used_at`);--> statement-breakpoint
CREATE INDEX `used_form_stamps_used_idx` ON `used_form_stamps` (`used_at`);