import "server-only";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { db, dialect } from "./index";

// The few places the two engines' SQL differs, in one file: queries say what they need here
// instead of checking the engine themselves. SQLite's text is kept as it was (tuned, planned).

type Executes = { execute: (query: SQL) => Promise<{ rows: unknown[] }> };
const postgres = () => dialect() === "postgres";

/** The rows of a hand-written statement: better-sqlite3's all(), node-postgres's execute(). */
export async function rowsOf<T>(query: SQL): Promise<T[]> {
  if (postgres()) return (await (db as unknown as Executes).execute(query)).rows as T[];
  return await db.all<T>(query);
}

/** Runs a hand-written statement that returns nothing. */
export async function runStatement(query: SQL): Promise<void> {
  if (postgres()) await (db as unknown as Executes).execute(query);
  else await db.run(query);
}

/** One SQL text on SQLite, another on PostgreSQL. */
export const perDialect = (sqlite: SQL, pg: SQL): SQL => (postgres() ? pg : sqlite);

/** `column` contains `pattern` (a LIKE pattern escaped with \), ignoring case as SQLite's LIKE does for ASCII. */
export const likeAnyCase = (column: SQLWrapper, pattern: string): SQL =>
  postgres() ? sql`${column} ilike ${pattern} escape '\\'` : sql`${column} like ${pattern} escape '\\'`;

/**
 * The ids as one bound value, to test with `in` (SQLite: `in (select value from json_each(?))`,
 * PostgreSQL: `= any(?)`): one parameter however many ids, unlike `inArray`.
 */
export const inIds = (column: SQLWrapper, ids: number[]): SQL =>
  postgres()
    ? sql`${column} = any(${sql.param(ids)}::integer[])`
    : sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;

/** The position of `needle` in `text` (1-based, 0 when absent): SQLite's instr, PostgreSQL's strpos. */
export const positionOf = (text: SQLWrapper, needle: string): SQL =>
  postgres() ? sql`strpos(${text}, ${needle})` : sql`instr(${text}, ${needle})`;

/** A true flag as each engine stores it: 1 in SQLite's integer column, true in PostgreSQL's boolean. */
export const trueFlag = (): SQL => (postgres() ? sql`true` : sql`1`);

/**
 * GROUP BY `key` for a select that also reads bare columns of tables joined one-to-one with it: SQLite
 * takes them as they are, PostgreSQL only when their tables' primary keys are grouped too (same groups).
 */
export const groupByWith = (key: AnySQLiteColumn, primaryKeys: AnySQLiteColumn[]): AnySQLiteColumn[] =>
  postgres() ? [key, ...primaryKeys] : [key];
