-- Full-text search over every article; readers' visibility is applied by the
-- query (a join on articles), so scheduled stories become findable on time.
-- The M* categories keep Gujarati vowel signs and viramas inside words: with
-- unicode61's default categories "દેશ" would be split into "દ" and "શ".
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  `title`, `dek`, `body`, `tags`,
  tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);
--> statement-breakpoint
INSERT INTO `articles_fts` (`rowid`, `title`, `dek`, `body`, `tags`)
SELECT a.`id`, a.`title`, a.`dek`, a.`body`,
  (SELECT coalesce(group_concat(t.`name`, ' '), '') FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id` WHERE at.`article_id` = a.`id`)
FROM `articles` a;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `articles_fts` (`rowid`, `title`, `dek`, `body`, `tags`)
  VALUES (new.`id`, new.`title`, new.`dek`, new.`body`,
    (SELECT coalesce(group_concat(t.`name`, ' '), '') FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id` WHERE at.`article_id` = new.`id`));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF `id`, `title`, `dek`, `body` ON `articles` BEGIN
  DELETE FROM `articles_fts` WHERE `rowid` = old.`id`;
  INSERT INTO `articles_fts` (`rowid`, `title`, `dek`, `body`, `tags`)
  VALUES (new.`id`, new.`title`, new.`dek`, new.`body`,
    (SELECT coalesce(group_concat(t.`name`, ' '), '') FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id` WHERE at.`article_id` = new.`id`));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `articles_fts` WHERE `rowid` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_fts_insert` AFTER INSERT ON `article_tags` BEGIN
  UPDATE `articles_fts`
  SET `tags` = (SELECT coalesce(group_concat(t.`name`, ' '), '') FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id` WHERE at.`article_id` = new.`article_id`)
  WHERE `rowid` = new.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_fts_delete` AFTER DELETE ON `article_tags` BEGIN
  UPDATE `articles_fts`
  SET `tags` = (SELECT coalesce(group_concat(t.`name`, ' '), '') FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id` WHERE at.`article_id` = old.`article_id`)
  WHERE `rowid` = old.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_fts_update` AFTER UPDATE ON `article_tags` BEGIN
  UPDATE `articles_fts`
  SET `tags` = (SELECT coalesce(group_concat(t.`name`, ' '), '') FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id` WHERE at.`article_id` = `articles_fts`.`rowid`)
  WHERE `rowid` IN (old.`article_id`, new.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `tags_fts_rename` AFTER UPDATE OF `name` ON `tags` BEGIN
  UPDATE `articles_fts`
  SET `tags` = (SELECT coalesce(group_concat(t.`name`, ' '), '') FROM `article_tags` at JOIN `tags` t ON t.`id` = at.`tag_id` WHERE at.`article_id` = `articles_fts`.`rowid`)
  WHERE `rowid` IN (SELECT `article_id` FROM `article_tags` WHERE `tag_id` = new.`id`);
END;
--> statement-breakpoint
-- Lets a search check visibility for each match without reading the article
-- row itself (its body spills onto overflow pages); named by INDEXED BY in
-- db/queries/search.ts. Kept out of schema.ts, like the FTS table.
CREATE INDEX `articles_search_visibility_idx` ON `articles` (`id`, `edition`, `status`, `published_at`, `deleted_at`, `category_id`);
