import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { sqliteDatabasePath } from "./engine";

const synchronousModes = ["OFF", "NORMAL", "FULL", "EXTRA"] as const;

// DATABASE_PATH as always; with DATABASE_URL set to PostgreSQL this refuses instead of quietly using SQLite.
export function databasePath(): string {
  return sqliteDatabasePath();
}

function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when the database (or the folder it would be created in) cannot be written: the site then serves reads only. */
export function isReadOnlyDatabase(file = databasePath()): boolean {
  const dir = path.dirname(/*turbopackIgnore: true*/ file);
  return fs.existsSync(file) ? !writable(file) || !writable(dir) : fs.existsSync(dir) && !writable(dir);
}

// A WAL database needs its -shm file beside it; in a read-only folder that cannot be created,
// so when it is missing the file is read into memory (it cannot change: nobody can write it).
function openReadOnly(file: string): Database.Database {
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.prepare("select count(*) from sqlite_master").get();
    return sqlite;
  } catch {
    const image = fs.readFileSync(file);
    image[18] = 1; // file format bytes: WAL (2) to rollback journal (1), which an in-memory copy understands
    image[19] = 1;
    return new Database(image, { readonly: true });
  }
}

// SQLite defaults differ between the connection that switches a file to WAL and
// every later one, so each pragma is set on every open (see STACK.md).
// The server passes a short busy timeout: better-sqlite3 waits on Node's only thread,
// so it retries writes itself after awaited pauses (db/write.ts) instead.
export function openSqlite(file = databasePath(), { busyTimeoutMs = 5000 } = {}): Database.Database {
  if (isReadOnlyDatabase(file)) {
    const sqlite = openReadOnly(file);
    sqlite.pragma("foreign_keys = ON");
    return sqlite;
  }
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const sqlite = new Database(file);
  const wanted = (process.env.DB_SYNCHRONOUS ?? "FULL").toUpperCase();
  const synchronous = synchronousModes.find((m) => m === wanted) ?? "FULL";
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return sqlite;
}
