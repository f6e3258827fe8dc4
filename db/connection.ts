import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

const synchronousModes = ["OFF", "NORMAL", "FULL", "EXTRA"] as const;

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? "./data/portal.db");
}

// SQLite defaults differ between the connection that switches a file to WAL and
// every later one, so each pragma is set on every open (see STACK.md).
export function openSqlite(file = databasePath()): Database.Database {
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const sqlite = new Database(file);
  const wanted = (process.env.DB_SYNCHRONOUS ?? "FULL").toUpperCase();
  const synchronous = synchronousModes.find((m) => m === wanted) ?? "FULL";
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}
