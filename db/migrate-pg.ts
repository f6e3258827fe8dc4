import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseEngine } from "./engine";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations-pg");

/**
 * Applies the pending migrations of db/migrations-pg to the PostgreSQL database at `url`, all in one transaction.
 * Refuses a database whose encoding is not UTF-8: Gujarati text and its search need it.
 */
export async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ encoding: string }>(
      "SELECT pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()",
    );
    if (rows[0]?.encoding !== "UTF8")
      throw new Error(
        `The PostgreSQL database is encoded ${rows[0]?.encoding ?? "unknown"}, not UTF8: create it with ENCODING 'UTF8' and the C.UTF-8 (or C) locale.`,
      );
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const engine = databaseEngine();
  if (engine.kind !== "postgres") {
    console.error("Set DATABASE_URL=postgres://… to migrate a PostgreSQL database (npm run db:migrate is SQLite's).");
    process.exit(1);
  }
  await migratePostgres(engine.url);
  console.log("Migrated the PostgreSQL database");
}
