import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { databasePath, isReadOnlyDatabase, openSqlite } from "./connection";
import { migrateDatabase } from "./migrate";
import { type DemoSummary, isEmpty, seedDemo } from "./seed/demo";

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
  const file = databasePath();
  if (values.reset) {
    deleteDatabase(file);
    console.log(`Deleted ${file}`);
  }
  const started = Date.now();
  const seeded = await seedIfEmpty(file);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    seeded
      ? `Seeded demo newsroom: ${seeded.articles} articles (+${seeded.hidden} drafts and scheduled), ${seeded.comments} comments, ${seeded.tags} tags, ${seeded.people} people, ${seeded.categories} categories in ${seconds} s (${file}).`
      : "Database already has content; nothing to seed.",
  );
  if (articles || comments) {
    // Loaded only here: the start script imports seedIfEmpty without the benchmark's dev dependencies.
    const { seedSynthetic } = await import("./seed/synthetic");
    const sqlite = openSqlite(file);
    try {
      const result = await seedSynthetic({ articles, comments, sqlite });
      console.log(
        `Added ${result.articles} synthetic articles and ${result.comments} comments in ${(result.ms / 1000).toFixed(1)} s.`,
      );
    } finally {
      sqlite.close();
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
