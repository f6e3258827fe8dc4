import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

// Times are stored as integer milliseconds since the epoch (UTC): they survive
// JSON round-trips through the data cache, unlike Date objects.
const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const editions = ["gu", "en"] as const;
export const roles = ["commenter", "editor", "admin"] as const;
export const articleStatuses = ["draft", "scheduled", "published"] as const;
export const commentStatuses = ["pending", "approved", "spam", "rejected"] as const;

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    nameGu: text("name_gu"),
    slug: text("slug"),
    bio: text("bio"),
    bioGu: text("bio_gu"),
    passwordHash: text("password_hash"),
    role: text("role", { enum: roles }).notNull().default("commenter"),
    sessionVersion: integer("session_version").notNull().default(0),
    bannedUntil: integer("banned_until"),
    trusted: integer("trusted", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email), uniqueIndex("users_slug_idx").on(t.slug)],
);

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
  },
  (t) => [
    uniqueIndex("articles_edition_slug_idx").on(t.edition, t.slug),
    index("articles_edition_published_idx").on(t.edition, t.publishedAt),
    index("articles_category_published_idx").on(t.categoryId, t.publishedAt),
    index("articles_author_published_idx").on(t.authorId, t.publishedAt),
    index("articles_edition_breaking_idx").on(t.edition, t.breaking, t.publishedAt),
    index("articles_edition_featured_idx").on(t.edition, t.featured, t.publishedAt),
    index("articles_translation_idx").on(t.translationId),
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

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => comments.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    status: text("status", { enum: commentStatuses }).notNull().default("pending"),
    heldReason: text("held_reason"),
    featured: integer("featured", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull().default(now),
    editedAt: integer("edited_at"),
  },
  (t) => [
    index("comments_article_status_created_idx").on(t.articleId, t.status, t.createdAt),
    index("comments_status_created_idx").on(t.status, t.createdAt),
    index("comments_user_created_idx").on(t.userId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
  ],
);

export type Edition = (typeof editions)[number];
export type Role = (typeof roles)[number];
export type User = typeof users.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Comment = typeof comments.$inferSelect;
