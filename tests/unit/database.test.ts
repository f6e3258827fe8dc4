import { beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "@/db/connection";
import { freshDatabase } from "../helpers/unit-database";

let file: string;
beforeAll(async () => {
  file = await freshDatabase({ seed: false });
});

function pragmas(sqlite: ReturnType<typeof openSqlite>) {
  return {
    journal: sqlite.pragma("journal_mode", { simple: true }),
    synchronous: sqlite.pragma("synchronous", { simple: true }),
    foreignKeys: sqlite.pragma("foreign_keys", { simple: true }),
    busyTimeout: sqlite.pragma("busy_timeout", { simple: true }),
  };
}

describe("every connection sets its pragmas", () => {
  it("on a fresh database and again on a reopened one", () => {
    const expected = { journal: "wal", synchronous: 2, foreignKeys: 1, busyTimeout: 5000 };
    const first = openSqlite(file);
    expect(pragmas(first)).toEqual(expected);
    first.close();
    const reopened = openSqlite(file);
    expect(pragmas(reopened)).toEqual(expected);
    reopened.close();
  });

  it("takes the durability level from DB_SYNCHRONOUS", () => {
    process.env.DB_SYNCHRONOUS = "normal";
    try {
      const sqlite = openSqlite(file);
      expect(sqlite.pragma("synchronous", { simple: true })).toBe(1);
      sqlite.close();
    } finally {
      delete process.env.DB_SYNCHRONOUS;
    }
  });
});

// Each hot read must be answered from an index, never by scanning a whole table.
const hotQueries: Record<string, string> = {
  "an edition's latest": `select id from articles where edition = 'en' and status != 'draft' and published_at <= 1 and deleted_at is null order by published_at desc limit 20`,
  "a section's latest": `select id from articles where category_id = 1 and edition = 'en' and status != 'draft' and published_at <= 1 and deleted_at is null order by published_at desc limit 20`,
  "a tag's latest": `select a.id from article_tags t join articles a on a.id = t.article_id where t.tag_id = 1 and a.status != 'draft' and a.published_at <= 1 and a.deleted_at is null order by a.published_at desc limit 20`,
  "an author's latest": `select id from articles where author_id = 1 and edition = 'en' and status != 'draft' and published_at <= 1 and deleted_at is null order by published_at desc limit 20`,
  "an article by slug": `select id from articles where edition = 'en' and slug = 'x'`,
  "breaking stories": `select id from articles where edition = 'en' and breaking = 1 and (breaking_until is null or breaking_until > 1) and status != 'draft' and published_at <= 1 and deleted_at is null order by published_at desc limit 5`,
  "an article's approved comments": `select id from comments where article_id = 1 and status = 'approved' order by created_at limit 50`,
  "a tag by slug": `select id from tags where edition = 'en' and slug = 'x'`,
  "an author by slug": `select id from users where slug = 'x'`,
};

describe("hot queries use indexes", () => {
  for (const [name, sql] of Object.entries(hotQueries)) {
    it(name, () => {
      const sqlite = openSqlite(file);
      const plan = (sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((row) => row.detail);
      sqlite.close();
      expect(plan.join("\n")).not.toMatch(/^SCAN (articles|comments|article_tags|tags|users)\b(?! USING)/m);
      expect(plan.some((detail) => /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(detail))).toBe(true);
    });
  }
});
