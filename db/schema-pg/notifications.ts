import { boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { notificationKinds, notificationStates } from "../schema/notifications";
import { comments } from "./comments";
import { millis, now } from "./defaults";
import { users } from "./users";

// Reader mail queued with the write that causes it, and each reader's choice (mirrors db/schema/notifications.ts).
export const notificationOutbox = pgTable(
  "notification_outbox",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    state: text("state", { enum: notificationStates }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: millis("next_attempt_at").notNull(),
    lastError: text("last_error"),
    sentAt: millis("sent_at"),
    createdAt: millis("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("notification_outbox_once_idx").on(t.kind, t.commentId, t.userId),
    index("notification_outbox_due_idx").on(t.state, t.nextAttemptAt),
    index("notification_outbox_user_idx").on(t.userId),
  ],
);

export const mailPreferences = pgTable("mail_preferences", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  commentApproved: boolean("comment_approved").notNull().default(true),
  commentReply: boolean("comment_reply").notNull().default(true),
  updatedAt: millis("updated_at").notNull().default(now),
});
