import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { now } from "./defaults";
import { users } from "./users";

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

export type Media = typeof media.$inferSelect;
