import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isReadOnlyDatabase, openSqlite } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { listThreadComments } from "@/db/queries/comment-thread";
import { createComment } from "@/db/queries/comments";
import { getUserByEmail } from "@/db/queries/users";
import { seedIfEmpty } from "@/db/seed";
import { tryWrite } from "@/db/write";
import { prepareEnv } from "@/scripts/env";
import { makeUnwritable } from "../helpers/unwritable";
import { freshDatabase } from "../helpers/unit-database";

let file = "";
const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;
let undo = () => {};
vi.spyOn(console, "error").mockImplementation(() => {});
vi.spyOn(console, "warn").mockImplementation(() => {});

// The database is closed cleanly first, so its folder holds no -wal or -shm file: a read-only
// connection to a WAL database cannot create them, which is what stopped the site from starting.
beforeAll(async () => {
  file = await freshDatabase();
  const dir = path.dirname(file);
  undo = makeUnwritable([dir, ...fs.readdirSync(dir).map((name) => path.join(dir, name))]);
});

afterAll(() => undo());

describe("a read-only data folder", () => {
  it("is recognised, and starting up neither migrates, seeds nor needs a secret file when AUTH_SECRET is set", async () => {
    expect(isReadOnlyDatabase(file)).toBe(true);
    expect(() => migrateDatabase(file)).not.toThrow();
    await expect(seedIfEmpty(file)).resolves.toBeNull();
    expect(prepareEnv(env({ DATABASE_PATH: file, AUTH_SECRET: "set-by-the-operator" })).AUTH_SECRET).toBe(
      "set-by-the-operator",
    );
  });

  it("without AUTH_SECRET, says what to set instead of failing with EROFS", () => {
    expect(() => prepareEnv(env({ DATABASE_PATH: file }))).toThrow(/set AUTH_SECRET/);
  });

  it("serves reads, and a write gets the not-saved answer", async () => {
    const reader = (await getUserByEmail("reader@khabarsetu.test"))!;
    const sqlite = openSqlite(file);
    const article = sqlite.prepare("select id from articles where status = 'published' limit 1").get() as {
      id: number;
    };
    sqlite.close();
    expect((await listThreadComments(article.id, { order: "oldest", limit: 50 })).total).toBeGreaterThanOrEqual(0);
    const saved = await tryWrite(() =>
      createComment({
        articleId: article.id,
        userId: reader.id,
        parentId: null,
        body: "Hello",
        status: "pending",
        heldReason: null,
        createdAt: Date.now(),
      }),
    );
    expect(saved).toEqual({ ok: false });
  });
});
