import { type AnyPgColumn, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { millis, now } from "./defaults";
import { users } from "./users";

// A story covered as a live blog and its updates (mirrors db/schema/live-blogs.ts).
export const liveBlogs = pgTable("live_blogs", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  startedAt: millis("started_at").notNull(),
  liveUntil: millis("live_until"),
  endedAt: millis("ended_at"),
  pinnedUpdateId: integer("pinned_update_id").references((): AnyPgColumn => liveUpdates.id, {
    onDelete: "set null",
  }),
});

export const liveUpdates = pgTable(
  "live_updates",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    headline: text("headline"),
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: millis("created_at").notNull().default(now),
    editedAt: millis("edited_at"),
  },
  (t) => [index("live_updates_article_idx").on(t.articleId, t.id)],
);
