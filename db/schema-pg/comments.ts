import { type AnyPgColumn, boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { commentStatuses, reportReasons } from "../schema/comments";
import { articles } from "./articles";
import { millis, now } from "./defaults";
import { users } from "./users";

// Readers' comments, their reports and the desk's queue counts (mirrors db/schema/comments.ts).

export const comments = pgTable(
  "comments",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    status: text("status", { enum: commentStatuses }).notNull().default("pending"),
    heldReason: text("held_reason"),
    featured: boolean("featured").notNull().default(false),
    fromDesk: boolean("from_desk").notNull().default(false),
    createdAt: millis("created_at").notNull().default(now),
    editedAt: millis("edited_at"),
    deletedAt: millis("deleted_at"),
  },
  (t) => [
    index("comments_article_status_created_idx").on(t.articleId, t.status, t.createdAt),
    index("comments_status_created_idx").on(t.status, t.createdAt),
    index("comments_user_created_idx").on(t.userId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
  ],
);

export const commentReports = pgTable(
  "comment_reports",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    reporterId: integer("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: reportReasons }).notNull(),
    note: text("note"),
    createdAt: millis("created_at").notNull().default(now),
    resolvedAt: millis("resolved_at"),
  },
  (t) => [
    uniqueIndex("comment_reports_comment_reporter_idx").on(t.commentId, t.reporterId),
    index("comment_reports_comment_idx").on(t.commentId),
    index("comment_reports_open_idx").on(t.resolvedAt, t.commentId),
  ],
);

// Kept current by the plpgsql triggers hand-written at the end of db/migrations-pg/0000_init.sql.
export const commentStatusCounts = pgTable("comment_status_counts", {
  status: text("status", { enum: commentStatuses }).primaryKey(),
  count: integer("count").notNull().default(0),
});
