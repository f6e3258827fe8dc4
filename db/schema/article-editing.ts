import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { type Article, articles } from "./articles";
import { now } from "./defaults";
import { users } from "./users";

// What the newsroom keeps around a story while it is edited: revisions, corrections, who has it open, unsaved forms.

// Every save of an article keeps the version it replaced, so any edit can be undone.
export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: integer("saved_at").notNull().default(now),
    snapshot: text("snapshot", { mode: "json" }).$type<ArticleSnapshot>().notNull(),
    // The article's version the snapshot was (null for revisions kept before versions existed).
    version: integer("version"),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.savedAt)],
);

// Dated notes shown to readers at the foot of a published article.
export const articleCorrections = sqliteTable(
  "article_corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("article_corrections_article_idx").on(t.articleId, t.createdAt)],
);

// Who has a story open in the editor, refreshed by the editor's poll; old rows simply stop counting.
export const articlePresence = sqliteTable(
  "article_presence",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seenAt: integer("seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index("article_presence_seen_idx").on(t.seenAt)],
);

// One editor's unsaved form for one story (article 0 = a story not saved yet). Private: never published.
export const articleAutosaves = sqliteTable(
  "article_autosaves",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    articleId: integer("article_id").notNull(),
    baseVersion: integer("base_version"),
    values: text("values", { mode: "json" }).$type<Record<string, string | boolean | number | null>>().notNull(),
    savedAt: integer("saved_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.articleId] })],
);

export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type ArticleCorrection = typeof articleCorrections.$inferSelect;
export type ArticleAutosave = typeof articleAutosaves.$inferSelect;
/** The article's editable fields, which a revision keeps as they were before a save (with the tag names). */
export const snapshotFields = [
  "edition",
  "slug",
  "title",
  "dek",
  "body",
  "imagePath",
  "imageAlt",
  "imageCaption",
  "imageWidth",
  "imageHeight",
  "categoryId",
  "authorId",
  "status",
  "publishedAt",
  "breaking",
  "breakingUntil",
  "featured",
  "commentsOpen",
  "translationId",
] as const satisfies readonly (keyof Article)[];
export type ArticleSnapshot = Pick<Article, (typeof snapshotFields)[number]> & { tags: string[] };
