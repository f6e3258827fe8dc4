import { integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { millis, now } from "./defaults";
import { users } from "./users";

// Settings changed from the newsroom, one JSON value per key (mirrors db/schema/settings.ts).
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: millis("updated_at").notNull().default(now),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
});
