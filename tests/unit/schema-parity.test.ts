import { boolean, pgTable, integer as pgInteger, text as pgText, uniqueIndex as pgUnique } from "drizzle-orm/pg-core";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as pgSchema from "@/db/schema-pg";
import * as sqliteSchema from "@/db/schema";
import { pgShape, schemaDifferences, sqliteShape } from "../helpers/schema-shape";

describe("the SQLite and PostgreSQL schemas", () => {
  it("describe the same tables, columns, keys, indexes and foreign keys", () => {
    const sqlite = sqliteShape(sqliteSchema);
    expect(Object.keys(sqlite).length).toBeGreaterThan(20);
    expect(schemaDifferences(sqlite, pgShape(pgSchema))).toEqual([]);
  });

  // A small pair that agrees, and copies that drift one way each: the comparison must name every drift.
  const parent = sqliteTable("parent", { id: integer("id").primaryKey() });
  const pgParent = pgTable("parent", { id: pgInteger("id").primaryKey() });
  const agreed = sqliteTable(
    "child",
    {
      id: integer("id").primaryKey(),
      slug: text("slug").notNull(),
      parentId: integer("parent_id").references(() => parent.id, { onDelete: "cascade" }),
      hidden: integer("hidden", { mode: "boolean" }).notNull().default(false),
    },
    (t) => [uniqueIndex("child_slug_idx").on(t.slug)],
  );
  const shapeOf = (child: ReturnType<typeof pgTable>) => pgShape({ pgParent, child });
  const sqliteSide = sqliteShape({ parent, agreed });
  const pgChild = (drift: Partial<Record<"nullable" | "index" | "onDelete" | "column" | "default", true>>) =>
    pgTable(
      "child",
      {
        id: pgInteger("id").primaryKey(),
        slug: drift.nullable ? pgText("slug") : pgText("slug").notNull(),
        parentId: pgInteger("parent_id").references(() => pgParent.id, {
          onDelete: drift.onDelete ? "set null" : "cascade",
        }),
        [drift.column ? "shown" : "hidden"]: boolean(drift.column ? "shown" : "hidden")
          .notNull()
          .default(!!drift.default),
      },
      (t) => [drift.index ? pgUnique("child_slug_idx").on(t.slug, t.id) : pgUnique("child_slug_idx").on(t.slug)],
    );

  it("agree on an identical pair", () => {
    expect(schemaDifferences(sqliteSide, shapeOf(pgChild({})))).toEqual([]);
  });

  it.each([
    ["nullable", "child.columns.slug.notNull"],
    ["index", "child.indexes.child_slug_idx.columns"],
    ["onDelete", "child.foreignKeys"],
    ["column", "child.columns.hidden"],
    ["default", "child.columns.hidden.default"],
  ] as const)("are told apart when a column or key drifts (%s)", (drift, where) => {
    const differences = schemaDifferences(sqliteSide, shapeOf(pgChild({ [drift]: true })));
    expect(differences.some((line) => line.startsWith(where))).toBe(true);
  });

  it("are told apart when a table is missing", () => {
    expect(schemaDifferences(sqliteSide, pgShape({ pgParent }))).toEqual(["child: only in SQLite"]);
  });
});
