import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { databasePath, isReadOnlyDatabase, openSqlite } from "./connection";
import { databaseEngine } from "./engine";
import { migrateDatabase } from "./migrate";
import { migratePostgres } from "./migrate-pg";
import { type DemoSummary, hasNoNewsroom, isEmpty, seedDemo } from "./seed/demo";
import type { SeedTarget } from "./seed/writer";

/** Migrates the database and seeds the demo newsroom if it has no content yet; returns what was seeded, or null. */
export async function seedIfEmpty(file = databasePath()): Promise<DemoSummary | null> {
  migrateDatabase(file);
  if (isReadOnlyDatabase(file)) return null;
  const sqlite = openSqlite(file);
  try {
    return isEmpty(sqlite) ? await seedDemo(sqlite) : null;
  } finally {
    sqlite.close();
  }
}

/** The same on PostgreSQL: migrates the database at `url` and seeds the demo newsroom if it has none yet. */
export async function seedPostgresIfEmpty(url: string): Promise<DemoSummary | null> {
  await migratePostgres(url);
  return withPostgres(url, async (client) => ((await hasNoNewsroom(client)) ? seedDemo(client) : null));
}

async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function deleteDatabase(file = databasePath()): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

function count(value: string | undefined, flag: string): number {
  if (value === undefined) return 0;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reset: { type: "boolean" },
      articles: { type: "string" },
      comments: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log("Usage: npm run db:seed -- [--reset] [--articles N] [--comments M]");
    return;
  }
  const articles = count(values.articles, "--articles");
  const comments = count(values.comments, "--comments");
  const engine = databaseEngine();
  if (engine.kind === "postgres" && values.reset)
    throw new Error("--reset deletes the SQLite file only; on PostgreSQL, drop and create the database yourself.");
  if (engine.kind === "sqlite" && values.reset) {
    deleteDatabase(engine.path);
    console.log(`Deleted ${engine.path}`);
  }
  // Never the URL: it may carry a password.
  const where = engine.kind === "sqlite" ? engine.path : "PostgreSQL";
  const started = Date.now();
  const seeded = engine.kind === "sqlite" ? await seedIfEmpty(engine.path) : await seedPostgresIfEmpty(engine.url);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    seeded
      ? `Seeded demo newsroom: ${seeded.articles} articles (+${seeded.hidden} drafts and scheduled), ${seeded.comments} comments, ${seeded.tags} tags, ${seeded.people} people, ${seeded.categories} categories in ${seconds} s (${where}).`
      : "Database already has content; nothing to seed.",
  );
  if (articles || comments) {
    // Loaded only here: the start script imports seedIfEmpty without the benchmark's dev dependencies.
    const { seedSynthetic } = await import("./seed/synthetic");
    const added = (target: SeedTarget) => seedSynthetic({ articles, comments, target });
    const result =
      engine.kind === "sqlite" ? await withSqlite(engine.path, added) : await withPostgres(engine.url, added);
    console.log(
      `Added ${result.articles} synthetic articles and ${result.comments} comments in ${(result.ms / 1000).toFixed(1)} s.`,
    );
  }
}

async function withSqlite<T>(file: string, work: (sqlite: SeedTarget) => Promise<T>): Promise<T> {
  const sqlite = openSqlite(file);
  try {
    return await work(sqlite);
  } finally {
    sqlite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
