import { databaseEngine } from "../db/engine";
import { seedIfEmpty, seedPostgresIfEmpty } from "../db/seed";

/**
 * What `npm start` and `npm run dev` do before serving: migrate the database DATABASE_URL names
 * (SQLite's file by default, or PostgreSQL) and seed the demo newsroom into it if it has none.
 */
export async function prepareDatabase(): Promise<void> {
  try {
    await migrateAndSeed();
  } catch (error) {
    // One sentence instead of a stack: usually PostgreSQL is not running or refuses these credentials.
    const where = databaseEngine().kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : "the SQLite file";
    console.error(`Could not prepare ${where}, so nothing was started: ${(error as Error).message}`);
    process.exit(1);
  }
}

async function migrateAndSeed(): Promise<void> {
  const engine = databaseEngine();
  if (engine.kind === "sqlite") {
    await seedIfEmpty(engine.path);
    return;
  }
  const seeded = await seedPostgresIfEmpty(engine.url);
  // Never the URL: it may carry a password.
  console.log(
    seeded ? `Seeded the demo newsroom into PostgreSQL (${seeded.articles} stories).` : "PostgreSQL is ready.",
  );
}
