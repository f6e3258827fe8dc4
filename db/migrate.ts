import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databasePath, isReadOnlyDatabase, openSqlite } from "./connection";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export function migrateDatabase(file = databasePath()): void {
  // A read-only data folder is served as it is: readers can read, every write gets the "not saved" answer.
  if (isReadOnlyDatabase(file)) {
    console.warn(`${file} is read-only: migrations not applied, the site will only serve reads.`);
    return;
  }
  const sqlite = openSqlite(file);
  try {
    migrate(drizzle(sqlite), { migrationsFolder });
  } finally {
    sqlite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  migrateDatabase();
  console.log(`Migrated ${databasePath()}`);
}
