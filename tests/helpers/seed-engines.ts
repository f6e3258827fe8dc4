import type Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import pg from "pg";
import { expect } from "vitest";
import * as pgSchema from "@/db/schema-pg";

// Reading the same SQL from a seeded SQLite file and a seeded PostgreSQL database, to compare them.

type Engine = Database.Database | pg.Client;

const tables = Object.values(pgSchema as Record<string, unknown>)
  .filter((value) => is(value, PgTable))
  .map((table) => getTableConfig(table as PgTable).name)
  .sort();

// Counts and times are bigint on PostgreSQL: read as numbers, as SQLite gives them.
const numbers = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
};

/** Rows of one query (SQL both engines read: double-quoted names, no placeholders). */
export async function rows(engine: Engine, sql: string): Promise<Record<string, unknown>[]> {
  if ("prepare" in engine) return engine.prepare(sql).all() as Record<string, unknown>[];
  return (await engine.query({ text: sql, types: numbers })).rows;
}

/** Rows per table of the schema. */
export async function tableCounts(engine: Engine): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = Number((await rows(engine, `select count(*) as "n" from "${table}"`))[0].n);
  return counts;
}

/** The desk's stored counts per status, and the live (not deleted) comments per status. */
export async function liveCounts(engine: Engine) {
  const stored = await rows(engine, `select "status", "count" from "comment_status_counts" order by "status"`);
  const live = await rows(
    engine,
    `select s."status", (select count(*) from "comments" c where c."status" = s."status" and c."deleted_at" is null) as "count"
     from "comment_status_counts" s order by s."status"`,
  );
  return { stored, live };
}

export function compareEngines(sqlite: Database.Database, postgres: pg.Client) {
  return {
    /** Both engines give the same, non-empty, rows for `sql`. */
    async expectSame(sql: string) {
      const [fromSqlite, fromPostgres] = [await rows(sqlite, sql), await rows(postgres, sql)];
      expect(fromSqlite.length, sql).toBeGreaterThan(0);
      expect(fromPostgres, sql).toEqual(fromSqlite);
    },
  };
}
