import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSqlite } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/demo";

/**
 * A fresh SQLite file with the real migrations (and the demo newsroom unless
 * told otherwise). Call before the first query: db/index.ts opens lazily.
 */
export async function freshDatabase({ seed = true, now = Date.now() } = {}): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-unit-"));
  const file = path.join(dir, "portal.db");
  process.env.DATABASE_PATH = file;
  process.env.MEDIA_DIR = path.join(dir, "media");
  migrateDatabase(file);
  if (seed) {
    const sqlite = openSqlite(file);
    try {
      await seedDemo(sqlite, undefined, now);
    } finally {
      sqlite.close();
    }
  }
  return file;
}
