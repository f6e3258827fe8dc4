import { doublePrecision, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { millis, now } from "./defaults";
import { users } from "./users";

// The media library (mirrors db/schema/media.ts); SQLite's real is an 8-byte float, so double precision.
export const media = pgTable(
  "media",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    path: text("path").notNull(),
    fileName: text("file_name").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    altEn: text("alt_en").notNull().default(""),
    altGu: text("alt_gu").notNull().default(""),
    creditEn: text("credit_en").notNull().default(""),
    creditGu: text("credit_gu").notNull().default(""),
    focalX: doublePrecision("focal_x").notNull().default(0.5),
    focalY: doublePrecision("focal_y").notNull().default(0.5),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: millis("created_at").notNull().default(now),
    updatedAt: millis("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("media_path_idx").on(t.path), index("media_created_idx").on(t.createdAt)],
);
