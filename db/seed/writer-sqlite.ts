import type Database from "better-sqlite3";
import { insertSql, quoted } from "./insert-sql";
import type { SeedWriter } from "./writer";

// The seed's writer over better-sqlite3: one cached prepared statement per shape, run row by row
// inside the caller's transaction (the fastest way to load SQLite; the benchmark's seed depends on it).

export function sqliteWriter(sqlite: Database.Database): SeedWriter {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    engine: "sqlite",
    batchRows: 5000,
    async transaction(work) {
      if (sqlite.inTransaction) return work();
      sqlite.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        sqlite.exec("COMMIT");
        return result;
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
        throw error;
      }
    },
    async bulk(work) {
      const previous = sqlite.pragma("synchronous", { simple: true });
      // WAL + NORMAL may lose the last commits on a power cut but cannot corrupt the file.
      sqlite.pragma("synchronous = NORMAL");
      sqlite.pragma("cache_size = -131072");
      try {
        return await work();
      } finally {
        sqlite.pragma(`synchronous = ${previous}`);
      }
    },
    async insert(table, columns, rows, options) {
      const statement = prepare(insertSql(table, columns, 1, () => "?", options?.ignoreDuplicates));
      const insertAll = () => {
        for (const row of rows) statement.run(row);
      };
      if (sqlite.inTransaction) insertAll();
      else sqlite.transaction(insertAll)();
    },
    async reserveIds(table, count) {
      if (!sqlite.inTransaction) throw new Error(`Reserving ids of ${table} needs a transaction.`);
      // AUTOINCREMENT tables never reuse a deleted row's id: sqlite_sequence remembers the highest.
      const row = prepare(
        `select max(coalesce((select max("id") from ${quoted(table)}), 0),
           coalesce((select "seq" from sqlite_sequence where "name" = ?), 0)) + 1 as "first"`,
      ).get(table) as { first: number };
      void count; // SQLite moves sqlite_sequence past explicit ids by itself.
      return row.first;
    },
    async all<T>(sql: string, params: unknown[] = []) {
      return prepare(sql).all(params) as T[];
    },
    async run(sql, params = []) {
      return prepare(sql).run(params).changes;
    },
  };
}
