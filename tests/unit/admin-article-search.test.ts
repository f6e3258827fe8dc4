import type Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { countAdminArticles, listAdminArticles } from "@/db/queries/admin-articles";
import { readFilters } from "@/app/admin/articles/filters";
import { freshDatabase } from "../helpers/unit-database";

const sqlite = () => (db as unknown as { $client: Database.Database }).$client;

beforeAll(async () => {
  await freshDatabase();
  const { category_id, author_id } = sqlite().prepare("select category_id, author_id from articles limit 1").get() as {
    category_id: number;
    author_id: number;
  };
  sqlite()
    .prepare(
      `insert into articles (edition, slug, title, dek, body, category_id, author_id, status)
    values ('en', 'quokka-draft', 'A draft about the zoo', 'Summary', 'The quokkas arrived on Tuesday.', ?, ?, 'draft')`,
    )
    .run(category_id, author_id);
});

describe("the newsroom's article search", () => {
  it("finds drafts by a word in their text through the full-text index", async () => {
    const rows = await listAdminArticles(readFilters({ q: "quokkas" }).filters, { limit: 10, offset: 0 });
    expect(rows.map((r) => r.slug)).toEqual(["quokka-draft"]);
    expect(rows[0].state).toBe("draft");
    expect(await countAdminArticles(readFilters({ q: "quokkas", state: "published" }).filters)).toBe(0);
  });

  it("treats anything typed as words, never as FTS syntax", async () => {
    for (const q of ['"unclosed', "title:x OR *", "NEAR(a b)", "-", "'; drop table articles; --"]) {
      await expect(listAdminArticles(readFilters({ q }).filters, { limit: 10, offset: 0 })).resolves.toBeDefined();
    }
  });
});
