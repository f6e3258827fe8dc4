import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { moderationActions } from "../schema/audit";
import { millis, now } from "./defaults";
import { users } from "./users";

// Who did what (mirrors db/schema/audit.ts); comment_id and article_id have no foreign key on purpose.
export const moderationLog = pgTable(
  "moderation_log",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action", { enum: moderationActions }).notNull(),
    commentId: integer("comment_id"),
    targetUserId: integer("target_user_id").references(() => users.id, { onDelete: "set null" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    note: text("note"),
    articleId: integer("article_id"),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    createdAt: millis("created_at").notNull().default(now),
  },
  (t) => [
    index("moderation_log_actor_idx").on(t.actorId),
    index("moderation_log_created_idx").on(t.createdAt),
    index("moderation_log_action_idx").on(t.action),
    index("moderation_log_comment_idx").on(t.commentId),
    index("moderation_log_target_idx").on(t.targetUserId),
  ],
);
