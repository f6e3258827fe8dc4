import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase } from "@/db";
import { listLatestArticles } from "@/db/queries/articles";
import { listPeople } from "@/db/queries/people";
import { seedPostgresIfEmpty } from "@/db/seed";
import { blankPostgresDatabase } from "./shared-postgres";

/**
 * For a describe block: a PostgreSQL database of its own (on the run's shared cluster) seeded with the demo
 * newsroom, opened through DATABASE_URL (set before the first query, as `npm start` sees it), and put back
 * as it was afterwards.
 */
export function useSeededPostgres() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-portal-"));
  const before = process.env.DATABASE_URL;
  const people = { editorId: 0, commenterId: 0 };

  beforeAll(async () => {
    process.env.MEDIA_DIR = path.join(dir, "media");
    const url = await blankPostgresDatabase();
    await seedPostgresIfEmpty(url);
    await closeDatabase();
    process.env.DATABASE_URL = url;
    const everyone = (await listPeople({})).rows;
    people.editorId = everyone.find((person) => person.role === "editor")!.id;
    people.commenterId = everyone.find((person) => person.role === "commenter")!.id;
  });

  afterAll(async () => {
    await closeDatabase();
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return {
    people,
    /** The newest published story of an edition. */
    firstStory: async (lang: "gu" | "en") => (await listLatestArticles(lang, { limit: 1, offset: 0 }))[0],
  };
}
