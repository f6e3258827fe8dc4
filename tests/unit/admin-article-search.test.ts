import { expect, it } from "vitest";
import { db } from "@/db";
import { countAdminArticles, listAdminArticles } from "@/db/queries/admin-articles";
import { articles, categories } from "@/db/tables";
import { readFilters } from "@/app/admin/articles/filters";
import { describeOnEngines } from "../helpers/engines";
import { fillDesk, people } from "./moderation-desk-fixture";

async function deskWithDraft() {
  await fillDesk();
  const section = (await db.select({ id: categories.id }).from(categories).limit(1))[0].id;
  await db.insert(articles).values({
    edition: "en",
    slug: "quokka-draft",
    title: "A draft about the zoo",
    dek: "Summary",
    body: "The quokkas arrived on Tuesday.",
    categoryId: section,
    authorId: people.meera,
    status: "draft",
  });
}

describeOnEngines("the newsroom's article search", deskWithDraft, () => {
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
