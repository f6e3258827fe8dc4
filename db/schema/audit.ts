import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { now } from "./defaults";
import { users } from "./users";

export const moderationActions = [
  "approve",
  "reject",
  "spam",
  "delete",
  "feature",
  "unfeature",
  "ban",
  "suspend",
  "unban",
  "role",
  "trust",
  "untrust",
  "story-create",
  "story-publish",
  "story-schedule",
  "story-edit",
  "story-delete",
  "story-restore",
  "story-unpublish",
  "story-live",
  "story-live-update",
  "section-create",
  "section-rename",
  "section-move",
  "section-delete",
  "settings",
  "media-upload",
  "media-edit",
  "media-delete",
] as const;

/** What the audit log can be filtered by: the kind of thing each action changed. */
export const auditKinds = {
  comments: ["approve", "reject", "spam", "delete", "feature", "unfeature"],
  people: ["ban", "suspend", "unban", "role", "trust", "untrust"],
  stories: [
    "story-create",
    "story-publish",
    "story-schedule",
    "story-edit",
    "story-delete",
    "story-restore",
    "story-unpublish",
    "story-live",
    "story-live-update",
  ],
  sections: ["section-create", "section-rename", "section-move", "section-delete"],
  settings: ["settings"],
  media: ["media-upload", "media-edit", "media-delete"],
} as const satisfies Record<string, readonly (typeof moderationActions)[number][]>;

// Who did what, to which comment or person, from which status to which. comment_id has no foreign
// key on purpose: the entries about a comment deleted for good stay in the log.
export const moderationLog = sqliteTable(
  "moderation_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action", { enum: moderationActions }).notNull(),
    commentId: integer("comment_id"),
    targetUserId: integer("target_user_id").references(() => users.id, { onDelete: "set null" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    note: text("note"),
    // The story or section changed (no foreign key: the entry outlives it), and settings before and after.
    articleId: integer("article_id"),
    before: text("before", { mode: "json" }).$type<Record<string, unknown>>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    index("moderation_log_actor_idx").on(t.actorId),
    index("moderation_log_created_idx").on(t.createdAt),
    index("moderation_log_action_idx").on(t.action),
    index("moderation_log_comment_idx").on(t.commentId),
    index("moderation_log_target_idx").on(t.targetUserId),
  ],
);

export type ModerationAction = (typeof moderationActions)[number];
export type ModerationLogEntry = typeof moderationLog.$inferSelect;
