import { type AnySQLiteColumn, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";
import { now } from "./defaults";
import { users } from "./users";

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

export type LiveBlog = typeof liveBlogs.$inferSelect;
export type LiveUpdate = typeof liveUpdates.$inferSelect;
