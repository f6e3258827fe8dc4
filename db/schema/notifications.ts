import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { comments } from "./comments";
import { now } from "./defaults";
import { users } from "./users";

export const notificationKinds = ["comment-approved", "comment-reply"] as const;
export const notificationStates = ["pending", "sent", "failed", "dropped"] as const;

// Mail to readers about their comments, written in the same transaction as the approval or reply that
// causes it and sent afterwards by the sender loop (mailer/), so a failing mail server never fails the write.
export const notificationOutbox = sqliteTable(
  "notification_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    // The comment approved, or the reply: a comment deleted for good takes its unsent mail with it.
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    state: text("state", { enum: notificationStates }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastError: text("last_error"),
    sentAt: integer("sent_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    // One mail per person, kind and comment, however often a comment goes back and forth on the desk.
    uniqueIndex("notification_outbox_once_idx").on(t.kind, t.commentId, t.userId),
    index("notification_outbox_due_idx").on(t.state, t.nextAttemptAt),
    index("notification_outbox_user_idx").on(t.userId),
  ],
);

// A reader's choice of mail about their comments; no row means both are on.
export const mailPreferences = sqliteTable("mail_preferences", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  commentApproved: integer("comment_approved", { mode: "boolean" }).notNull().default(true),
  commentReply: integer("comment_reply", { mode: "boolean" }).notNull().default(true),
  updatedAt: integer("updated_at").notNull().default(now),
});

export type NotificationKind = (typeof notificationKinds)[number];
export type OutboxRow = typeof notificationOutbox.$inferSelect;
