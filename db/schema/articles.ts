import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { now } from "./defaults";
import { users } from "./users";

// Stories of both editions and how they are filed: sections (categories) and tags.

export const editions = ["gu", "en"] as const;
export const articleStatuses = ["draft", "scheduled", "published"] as const;

export const categories = sqliteTable(
  "categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    nameEn: text("name_en").notNull(),
    nameGu: text("name_gu").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("categories_slug_idx").on(t.slug), index("categories_position_idx").on(t.position)],
);

export const tags = sqliteTable(
  "tags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    edition: text("edition", { enum: editions }).notNull(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
  },
  (t) => [uniqueIndex("tags_edition_slug_idx").on(t.edition, t.slug)],
);

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    edition: text("edition", { enum: editions }).notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    dek: text("dek").notNull().default(""),
    body: text("body").notNull().default(""),
    imagePath: text("image_path"),
    imageAlt: text("image_alt"),
    imageCaption: text("image_caption"),
    imageWidth: integer("image_width"),
    imageHeight: integer("image_height"),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: integer("published_at"),
    updatedAt: integer("updated_at").notNull().default(now),
    createdAt: integer("created_at").notNull().default(now),
    breaking: integer("breaking", { mode: "boolean" }).notNull().default(false),
    breakingUntil: integer("breaking_until"),
    featured: integer("featured", { mode: "boolean" }).notNull().default(false),
    commentsOpen: integer("comments_open", { mode: "boolean" }).notNull().default(true),
    translationId: integer("translation_id").references((): AnySQLiteColumn => articles.id, {
      onDelete: "set null",
    }),
    deletedAt: integer("deleted_at"),
    // Moves by one on every save: a save names the version it was edited from, so a stale one is refused.
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("articles_edition_slug_idx").on(t.edition, t.slug),
    index("articles_edition_published_idx").on(t.edition, t.publishedAt),
    index("articles_category_published_idx").on(t.categoryId, t.publishedAt),
    index("articles_author_published_idx").on(t.authorId, t.publishedAt),
    index("articles_edition_breaking_idx").on(t.edition, t.breaking, t.publishedAt),
    // every cached read's key asks when the next and the last breaking flag run out
    index("articles_breaking_until_idx").on(t.breaking, t.breakingUntil),
    index("articles_edition_featured_idx").on(t.edition, t.featured, t.publishedAt),
    index("articles_translation_idx").on(t.translationId),
    index("articles_status_published_idx").on(t.status, t.publishedAt),
    index("articles_updated_idx").on(t.updatedAt),
  ],
);

export const articleTags = sqliteTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId, t.articleId)],
);

export type Edition = (typeof editions)[number];
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
