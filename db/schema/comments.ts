import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";
import { now } from "./defaults";
import { users } from "./users";

// Readers' comments, their reports, and the counts the moderation desk's queues show.

export const commentStatuses = ["pending", "approved", "spam", "rejected"] as const;

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
    // Written by the newsroom from the moderation desk: shown under the newsroom's name with a staff badge.
    fromDesk: integer("from_desk", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull().default(now),
    editedAt: integer("edited_at"),
    // Soft delete: a deleted comment with replies shows as "deleted"; without replies it disappears.
    deletedAt: integer("deleted_at"),
  },
  (t) => [
    index("comments_article_status_created_idx").on(t.articleId, t.status, t.createdAt),
    index("comments_status_created_idx").on(t.status, t.createdAt),
    index("comments_user_created_idx").on(t.userId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
  ],
);

export const reportReasons = ["spam", "abuse", "off-topic", "other"] as const;

export const commentReports = sqliteTable(
  "comment_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    reporterId: integer("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: reportReasons }).notNull(),
    note: text("note"),
    createdAt: integer("created_at").notNull().default(now),
    // Set when a moderator acts on the comment: the report has been dealt with and leaves the Reported queue.
    resolvedAt: integer("resolved_at"),
  },
  (t) => [
    uniqueIndex("comment_reports_comment_reporter_idx").on(t.commentId, t.reporterId),
    index("comment_reports_comment_idx").on(t.commentId),
    index("comment_reports_open_idx").on(t.resolvedAt, t.commentId),
  ],
);

// Live (not deleted) comments per status, kept current by triggers on `comments` (migration
// 0005_moderation), so the desk's queue counts never count a million rows.
export const commentStatusCounts = sqliteTable("comment_status_counts", {
  status: text("status", { enum: commentStatuses }).primaryKey(),
  count: integer("count").notNull().default(0),
});

export type Comment = typeof comments.$inferSelect;
export type CommentReport = typeof commentReports.$inferSelect;
export type ReportReason = (typeof reportReasons)[number];
export type CommentStatus = (typeof commentStatuses)[number];
