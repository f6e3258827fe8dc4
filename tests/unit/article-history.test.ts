import { expect, it } from "vitest";
import { articleWrite, resolveArticle } from "@/app/admin/articles/article-write";
import { articleSchema } from "@/app/admin/articles/schema";
import { db } from "@/db";
import {
  findArticleBySlug,
  getArticleById,
  getArticleForPreview,
  isNewsroomPerson,
  listNewsroomPeople,
  listPopularTagNames,
} from "@/db/queries/article-editor-reads";
import { saveArticleRecord } from "@/db/queries/article-save";
import { getChangesSince } from "@/db/queries/editing";
import { countRevisions, createCorrection, listArticleCorrections } from "@/db/queries/revisions";
import { categories } from "@/db/tables";
import { describeOnEngines } from "../helpers/engines";
import { fillDesk, people } from "./moderation-desk-fixture";

let section = 0;

async function newsroom() {
  await fillDesk();
  section = (await db.select({ id: categories.id }).from(categories).limit(1))[0].id;
}

/** A save as the editor's action makes it, from the story's current version. */
async function save(fields: Record<string, string>): Promise<number> {
  const current = fields.id ? await getArticleById(Number(fields.id)) : null;
  const input = articleSchema.parse({
    edition: "en",
    dek: "",
    body: "Text.",
    categoryId: String(section),
    authorId: String(people.meera),
    tags: "",
    imageAlt: "",
    imageCaption: "",
    status: "published",
    ...(current ? { version: String(current.version) } : {}),
    ...fields,
  });
  const resolved = await resolveArticle(input, current, Date.now(), false);
  if ("problems" in resolved) throw new Error(JSON.stringify(resolved.problems));
  const saved = await saveArticleRecord(articleWrite(input, resolved, current, null, Date.now()), {
    id: current?.id,
    editorId: people.meera,
  });
  if (typeof saved !== "number") throw new Error(JSON.stringify(saved));
  return saved;
}

describeOnEngines("a story's history", newsroom, () => {
  it("counts revisions and tells an editor what changed since their version, and who saved it", async () => {
    const id = await save({ title: "Canal repairs begin", slug: "canal-repairs", tags: "Canals" });
    await save({ id: String(id), title: "Canal repairs finished early", slug: "canal-repairs", tags: "Canals, Water" });
    expect(await countRevisions(id)).toBe(1);
    const since = (await getChangesSince(id, 1))!;
    expect(since.base).toMatchObject({ title: "Canal repairs begin" });
    expect(since.now).toMatchObject({ title: "Canal repairs finished early" });
    expect(since.savers.map((s) => s.name)).toEqual(["meera"]);
    expect(await getChangesSince(999_999, 1)).toBeNull();
    expect(await findArticleBySlug("en", "canal-repairs")).toEqual({ id, title: "Canal repairs finished early" });
    expect(await getArticleForPreview(id)).toMatchObject({
      article: { id, title: "Canal repairs finished early" },
      author: { name: "meera" },
      category: { slug: "city" },
    });
  });

  it("shows readers its corrections oldest first and moves its 'Updated' time to the newest", async () => {
    const id = await save({ title: "Water cut on Friday", slug: "water-cut", tags: "Water" });
    const at = Date.now() + 60_000;
    await createCorrection({ articleId: id, body: "The cut is on Saturday.", createdBy: people.meera, now: at });
    await createCorrection({ articleId: id, body: "It lasts six hours.", createdBy: people.meera, now: at + 1 });
    expect((await listArticleCorrections(id)).map((c) => c.body)).toEqual([
      "The cut is on Saturday.",
      "It lasts six hours.",
    ]);
    expect((await getArticleById(id))!.updatedAt).toBe(at + 1);
  });

  it("leaves the editor's lists of people and tags in a stable order, the most used tags first", async () => {
    expect((await listNewsroomPeople()).map((p) => p.name)).toEqual(["admin", "meera"]);
    expect([await isNewsroomPerson(people.meera), await isNewsroomPerson(people.asha)]).toEqual([true, false]);
    expect(await listPopularTagNames("en")).toEqual(["Water", "Canals"]);
    expect(await listPopularTagNames("en", 1)).toEqual(["Water"]);
  });
});
