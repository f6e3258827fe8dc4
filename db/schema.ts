import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
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
    /** One-key shortcuts on the moderation desk (WCAG 2.1.4: a person can turn them off). */
    keyboardShortcuts: integer("keyboard_shortcuts", { mode: "boolean" }).notNull().default(true),
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
    // Moves by one on every save: a save names the version it was edited from, so a stale one is refused.
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("articles_edition_slug_idx").on(t.edition, t.slug),
    index("articles_edition_published_idx").on(t.edition, t.publishedAt),
    index("articles_category_published_idx").on(t.categoryId, t.publishedAt),
    index("articles_author_published_idx").on(t.authorId, t.publishedAt),
    index("articles_edition_breaking_idx").on(t.edition, t.breaking, t.publishedAt),
    index("articles_edition_featured_idx").on(t.edition, t.featured, t.publishedAt),
    index("articles_translation_idx").on(t.translationId),
    index("articles_status_published_idx").on(t.status, t.publishedAt),
    index("articles_updated_idx").on(t.updatedAt),
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

// Only the sha256 of a reset token is stored: a leaked database cannot reset anyone's password.
export const passwordResetTokens = sqliteTable(
  "password_reset_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("password_reset_tokens_hash_idx").on(t.tokenHash),
    index("password_reset_tokens_user_idx").on(t.userId, t.createdAt),
  ],
);

// Keyed by the normalised email typed (whether or not an account has it) and the client address.
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    address: text("address").notNull(),
    success: integer("success", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    index("login_attempts_email_created_idx").on(t.email, t.createdAt),
    index("login_attempts_address_created_idx").on(t.address, t.createdAt),
    index("login_attempts_created_idx").on(t.createdAt),
  ],
);

/** Each sign-up form stamp, once used: a stamp works once, and the rows count sign-ups for the rate limit. */
export const usedFormStamps = sqliteTable(
  "used_form_stamps",
  {
    stamp: text("stamp").primaryKey(),
    address: text("address").notNull(),
    usedAt: integer("used_at").notNull(),
  },
  (t) => [
    index("used_form_stamps_address_idx").on(t.address, t.usedAt),
    index("used_form_stamps_used_idx").on(t.usedAt),
  ],
);

/** A sign-up waiting for its mailed link: the account is created only from the mailbox, so the form's answer never tells whether an address is registered. */
export const signUpRequests = sqliteTable(
  "sign_up_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    nextPath: text("next_path").notNull(),
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("sign_up_requests_hash_idx").on(t.tokenHash),
    index("sign_up_requests_expires_idx").on(t.expiresAt),
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

// Settings changed from the newsroom, one JSON value per key (see lib/moderation-settings.ts).
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedAt: integer("updated_at").notNull().default(now),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
});

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

// The media library: every stored image, with its words in both languages and the point that must
// stay in view when a card crops it (0..1 from the left and top). Stories refer to an image by its
// path (articles.image_path, or "/media/<path>" inside a body), so the library can refuse to delete
// one still in use.
export const media = sqliteTable(
  "media",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    path: text("path").notNull(),
    fileName: text("file_name").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    altEn: text("alt_en").notNull().default(""),
    altGu: text("alt_gu").notNull().default(""),
    creditEn: text("credit_en").notNull().default(""),
    creditGu: text("credit_gu").notNull().default(""),
    focalX: real("focal_x").notNull().default(0.5),
    focalY: real("focal_y").notNull().default(0.5),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("media_path_idx").on(t.path), index("media_created_idx").on(t.createdAt)],
);

// A story covered as a live blog: updates added from the desk appear newest first under its lead.
// It is live from startedAt until an editor ends it (endedAt) or until liveUntil, whichever comes first.
export const liveBlogs = sqliteTable("live_blogs", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  startedAt: integer("started_at").notNull(),
  liveUntil: integer("live_until"),
  endedAt: integer("ended_at"),
  // At most one update is pinned above the others; deleting it unpins.
  pinnedUpdateId: integer("pinned_update_id").references((): AnySQLiteColumn => liveUpdates.id, {
    onDelete: "set null",
  }),
});

// One timestamped update of a live blog, in its story's language. bodyHtml is the Markdown body
// rendered and sanitised once, when it is saved.
export const liveUpdates = sqliteTable(
  "live_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    headline: text("headline"),
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at").notNull().default(now),
    editedAt: integer("edited_at"),
  },
  (t) => [index("live_updates_article_idx").on(t.articleId, t.id)],
);

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

export type Edition = (typeof editions)[number];
export type Role = (typeof roles)[number];
export type User = typeof users.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Comment = typeof comments.$inferSelect;
export type CommentReport = typeof commentReports.$inferSelect;
export type ReportReason = (typeof reportReasons)[number];
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type LoginAttempt = typeof loginAttempts.$inferSelect;
export type SignUpRequest = typeof signUpRequests.$inferSelect;
export type CommentStatus = (typeof commentStatuses)[number];
export type ModerationAction = (typeof moderationActions)[number];
export type ModerationLogEntry = typeof moderationLog.$inferSelect;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type ArticleCorrection = typeof articleCorrections.$inferSelect;
export type ArticleAutosave = typeof articleAutosaves.$inferSelect;
export type Media = typeof media.$inferSelect;
export type LiveBlog = typeof liveBlogs.$inferSelect;
export type LiveUpdate = typeof liveUpdates.$inferSelect;
export type NotificationKind = (typeof notificationKinds)[number];
export type OutboxRow = typeof notificationOutbox.$inferSelect;
/** What a revision keeps: the article's editable fields and its tag names, as they were before a save. */
export type ArticleSnapshot = Pick<
  Article,
  | "edition"
  | "slug"
  | "title"
  | "dek"
  | "body"
  | "imagePath"
  | "imageAlt"
  | "imageCaption"
  | "imageWidth"
  | "imageHeight"
  | "categoryId"
  | "authorId"
  | "status"
  | "publishedAt"
  | "breaking"
  | "breakingUntil"
  | "featured"
  | "commentsOpen"
  | "translationId"
> & { tags: string[] };
