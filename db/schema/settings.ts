import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { now } from "./defaults";
import { users } from "./users";

// Settings changed from the newsroom, one JSON value per key (see lib/moderation-settings.ts).
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedAt: integer("updated_at").notNull().default(now),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
});
