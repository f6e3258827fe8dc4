import { type AnyPgColumn, boolean, index, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { articleStatuses, editions } from "../schema/articles";
import { millis, now } from "./defaults";
import { users } from "./users";

// Stories of both editions, sections and tags (mirrors db/schema/articles.ts). The search column and
// its GIN index are hand-written at the end of the first migration, like SQLite's FTS table.

export const categories = pgTable(
  "categories",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    slug: text("slug").notNull(),
    nameEn: text("name_en").notNull(),
    nameGu: text("name_gu").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("categories_slug_idx").on(t.slug), index("categories_position_idx").on(t.position)],
);

export const tags = pgTable(
  "tags",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    edition: text("edition", { enum: editions }).notNull(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
  },
  (t) => [uniqueIndex("tags_edition_slug_idx").on(t.edition, t.slug)],
);

export const articles = pgTable(
  "articles",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
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
    publishedAt: millis("published_at"),
    updatedAt: millis("updated_at").notNull().default(now),
    createdAt: millis("created_at").notNull().default(now),
    breaking: boolean("breaking").notNull().default(false),
    breakingUntil: millis("breaking_until"),
    featured: boolean("featured").notNull().default(false),
    commentsOpen: boolean("comments_open").notNull().default(true),
    translationId: integer("translation_id").references((): AnyPgColumn => articles.id, { onDelete: "set null" }),
    deletedAt: millis("deleted_at"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("articles_edition_slug_idx").on(t.edition, t.slug),
    index("articles_edition_published_idx").on(t.edition, t.publishedAt),
    index("articles_category_published_idx").on(t.categoryId, t.publishedAt),
    index("articles_author_published_idx").on(t.authorId, t.publishedAt),
    index("articles_edition_breaking_idx").on(t.edition, t.breaking, t.publishedAt),
    index("articles_breaking_until_idx").on(t.breaking, t.breakingUntil),
    index("articles_edition_featured_idx").on(t.edition, t.featured, t.publishedAt),
    index("articles_translation_idx").on(t.translationId),
    index("articles_status_published_idx").on(t.status, t.publishedAt),
    index("articles_updated_idx").on(t.updatedAt),
  ],
);

export const articleTags = pgTable(
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
