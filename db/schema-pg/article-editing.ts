import { index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import type { ArticleSnapshot } from "../schema/article-editing";
import { articles } from "./articles";
import { millis, now } from "./defaults";
import { users } from "./users";

// Revisions, corrections, who has a story open, unsaved forms (mirrors db/schema/article-editing.ts).

export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: millis("saved_at").notNull().default(now),
    snapshot: jsonb("snapshot").$type<ArticleSnapshot>().notNull(),
    version: integer("version"),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.savedAt)],
);

export const articleCorrections = pgTable(
  "article_corrections",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: millis("created_at").notNull().default(now),
  },
  (t) => [index("article_corrections_article_idx").on(t.articleId, t.createdAt)],
);

export const articlePresence = pgTable(
  "article_presence",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seenAt: millis("seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index("article_presence_seen_idx").on(t.seenAt)],
);

// Article 0 = a story not saved yet, hence no foreign key on article_id (as in SQLite).
export const articleAutosaves = pgTable(
  "article_autosaves",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    articleId: integer("article_id").notNull(),
    baseVersion: integer("base_version"),
    values: jsonb("values").$type<Record<string, string | boolean | number | null>>().notNull(),
    savedAt: millis("saved_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.articleId] })],
);
