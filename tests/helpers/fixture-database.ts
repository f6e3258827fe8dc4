import pg from "pg";
import { testDatabase } from "./database";

/**
 * The database an end-to-end test arranges rows in, whichever engine the portal under test reads:
 * SQL written once with `?` placeholders (numbered `$1…` for PostgreSQL), rows back with numbers as numbers.
 */
export type FixtureDatabase = {
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

/** The e2e server's SQLite file (`npm test`'s DATABASE_PATH). */
export function sqliteFixtures(): FixtureDatabase {
  return {
    async rows<T>(sql: string, params: unknown[] = []) {
      const db = testDatabase();
      try {
        const statement = db.prepare(sql);
        if (statement.reader) return statement.all(...params) as T[];
        statement.run(...params);
        return [];
      } finally {
        db.close();
      }
    },
    async close() {},
  };
}

// Times and counts are bigint on PostgreSQL: read as numbers, as SQLite gives them.
const numbers = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
};

/** A PostgreSQL database at `url`. */
export function postgresFixtures(url: string): FixtureDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    async rows<T>(sql: string, params: unknown[] = []) {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      return (await pool.query({ text, values: params, types: numbers })).rows as T[];
    },
    close: () => pool.end(),
  };
}
