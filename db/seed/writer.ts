import type Database from "better-sqlite3";
import type pg from "pg";
import { postgresWriter } from "./writer-postgres";
import { sqliteWriter } from "./writer-sqlite";

// What the seed steps write through, so each step is written once for SQLite and PostgreSQL.
// SQL given to `all` and `run` must read the same on both: `?` placeholders, double-quoted
// identifiers and aliases (PostgreSQL folds unquoted ones to lower case), flags as 1 and 0.

/** A value bound to a statement. Flags are 1 or 0: SQLite stores them so and PostgreSQL reads '1'/'0' as booleans. */
export type SeedValue = string | number | null;
export type SeedRow = SeedValue[];

export interface SeedWriter {
  readonly engine: "sqlite" | "postgres";
  /** Rows per transaction in a bulk load. */
  readonly batchRows: number;
  /** Runs `work` in one transaction (joining the open one, if any); nothing but this writer's calls may be awaited in it. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Runs a bulk load with durability relaxed (a power cut may lose the last batch, never corrupt), then restores it. */
  bulk<T>(work: () => Promise<T>): Promise<T>;
  /** Inserts rows of values for `columns`; with `ignoreDuplicates` a row clashing with a unique key is skipped. */
  insert(
    table: string,
    columns: readonly string[],
    rows: SeedRow[],
    options?: { ignoreDuplicates?: boolean },
  ): Promise<void>;
  /**
   * The first of `count` consecutive ids of `table` that no other row takes, for rows inserted with explicit ids
   * in the current transaction: above every id used so far, deleted rows' included. PostgreSQL locks the
   * table against other writers until the transaction ends and moves its identity sequence past the block.
   */
  reserveIds(table: string, count: number): Promise<number>;
  /** Rows of a query; bigint columns come back as numbers on both engines. */
  all<T>(sql: string, params?: SeedValue[]): Promise<T[]>;
  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, params?: SeedValue[]): Promise<number>;
}

/** A raw better-sqlite3 connection, a pg client (one connection, not a pool), a drizzle database over either, or a writer. */
export type SeedTarget =
  | Database.Database
  | pg.Client
  | pg.PoolClient
  | { $client: Database.Database | pg.Client | pg.PoolClient }
  | SeedWriter;

export function seedWriter(target: SeedTarget): SeedWriter {
  if ("engine" in target && "reserveIds" in target) return target;
  if ("$client" in target) return seedWriter(target.$client);
  if ("pragma" in target) return sqliteWriter(target);
  if ("totalCount" in target) throw new Error("Seeding needs one PostgreSQL connection (a pg.Client), not a pool.");
  return postgresWriter(target);
}

/** Inserts rows with explicit ids taken in one block (see `reserveIds`); returns the ids in row order. */
export async function insertNumbered(
  writer: SeedWriter,
  table: string,
  columns: readonly string[],
  rows: SeedRow[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const first = await writer.reserveIds(table, rows.length);
  const ids = rows.map((_, i) => first + i);
  await writer.insert(
    table,
    ["id", ...columns],
    rows.map((row, i) => [ids[i], ...row]),
  );
  return ids;
}
