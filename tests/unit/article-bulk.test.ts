import { asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { listAdminArticles } from "@/db/queries/admin-articles";
import { getArticleCacheView } from "@/db/queries/article-cache-view";
import { getArticleById } from "@/db/queries/article-editor-reads";
import { applyBulkChange, bulkChangeApplies, listArticlesByIds } from "@/db/queries/article-bulk";
import { articleRevisions, articles, categories, moderationLog } from "@/db/tables";
import { atomically } from "@/db/write";
import { bulkLimit, parseBulk } from "@/app/admin/articles/bulk-schema";
import { dayRange } from "@/app/admin/audit/schema";
import { describeOnEngines } from "../helpers/engines";
import { fillDesk, people } from "./moderation-desk-fixture";

let editorId = 0;
let sectionId = 0;
const now = Date.now();

async function fillNewsroom() {
  await fillDesk();
  editorId = people.meera;
  sectionId = (await db.select({ id: categories.id }).from(categories).limit(1))[0].id;
}

async function addStory(slug: string, status: "draft" | "published", deleted = false): Promise<number> {
  return (
    await db
      .insert(articles)
      .values({
        edition: "en",
        slug,
        title: `Story ${slug}`,
        dek: "Summary",
        body: "Text.",
        categoryId: sectionId,
        authorId: editorId,
        status,
        publishedAt: status === "published" ? now - 3_600_000 : null,
        updatedAt: now - 7_200_000,
        deletedAt: deleted ? now : null,
      })
      .returning({ id: articles.id })
  )[0].id;
}

const form = (intent: unknown, ids: unknown[]) => {
  const data = new FormData();
  if (typeof intent === "string") data.set("intent", intent);
  for (const id of ids) data.append("ids", String(id));
  return data;
};
const auditLines = (articleId: number) =>
  db
    .select({ action: moderationLog.action, actorId: moderationLog.actorId })
    .from(moderationLog)
    .where(eq(moderationLog.articleId, articleId))
    .orderBy(asc(moderationLog.id));
const revisionCount = async (articleId: number) =>
  (await db.select({ n: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, articleId)))[0].n;

describe("the bulk action's form", () => {
  it("takes an intent and the ticked ids, each id once", () => {
    expect(parseBulk(form("delete", [3, 1, 3]))).toEqual({ ok: true, intent: "delete", ids: [3, 1] });
  });

  it("refuses an empty selection, an oversized one and ids that are not plain numbers", () => {
    expect(parseBulk(form("publish", []))).toEqual({ ok: false, refusal: "nothingSelected" });
    expect(
      parseBulk(
        form(
          "publish",
          Array.from({ length: bulkLimit + 1 }, (_, i) => i + 1),
        ),
      ),
    ).toEqual({ ok: false, refusal: "tooMany" });
    for (const bad of ["abc", "-1", "0", "1.5", "1e3", " 7", "99999999999", "1; drop table articles"]) {
      expect(parseBulk(form("publish", [1, bad]))).toEqual({ ok: false, refusal: "invalid" });
    }
  });

  it("refuses an unknown or missing intent", () => {
    expect(parseBulk(form("purge", [1]))).toEqual({ ok: false, refusal: "invalid" });
    expect(parseBulk(form(undefined, [1]))).toEqual({ ok: false, refusal: "invalid" });
  });
});

describeOnEngines("bulk changes to stories", fillNewsroom, () => {
  it("publish drafts as ordinary saves: a revision kept, the version moved, one audit line each", async () => {
    const ids = [await addStory("bulk-draft-1", "draft"), await addStory("bulk-draft-2", "draft")];
    const before = await Promise.all(ids.map(async (id) => (await getArticleById(id))!));
    await atomically(async () => {
      for (const article of before) await applyBulkChange("publish", article, editorId, now);
    });
    for (const [i, id] of ids.entries()) {
      const after = (await getArticleById(id))!;
      expect(after.status).toBe("published");
      expect(after.publishedAt).toBe(now);
      expect(after.version).toBe(before[i].version + 1);
      expect((await getArticleCacheView(id))!.listed).toBe(true);
      expect(await revisionCount(id)).toBe(1);
      expect(await auditLines(id)).toEqual([{ action: "story-publish", actorId: editorId }]);
    }
  });

  it("unpublish, delete and restore, each with its audit line", async () => {
    const id = await addStory("bulk-live", "published");
    await applyBulkChange("unpublish", (await getArticleById(id))!, editorId, now);
    expect((await getArticleById(id))!.status).toBe("draft");
    await applyBulkChange("delete", (await getArticleById(id))!, editorId, now);
    expect((await getArticleById(id))!.deletedAt).toBe(now);
    await applyBulkChange("restore", (await getArticleById(id))!, editorId, now);
    expect((await getArticleById(id))!.deletedAt).toBeNull();
    expect((await auditLines(id)).map((line) => line.action)).toEqual([
      "story-unpublish",
      "story-delete",
      "story-restore",
    ]);
  });

  it("leave alone stories already in that state, and never publish a deleted one", async () => {
    const live = (await getArticleById(await addStory("bulk-already-live", "published")))!;
    const gone = (await getArticleById(await addStory("bulk-deleted", "draft", true)))!;
    expect(bulkChangeApplies("publish", live, now)).toBe(false);
    expect(bulkChangeApplies("unpublish", live, now)).toBe(true);
    expect(bulkChangeApplies("publish", gone, now)).toBe(false);
    expect(bulkChangeApplies("unpublish", gone, now)).toBe(false);
    expect(bulkChangeApplies("delete", gone, now)).toBe(false);
    expect(bulkChangeApplies("restore", gone, now)).toBe(true);
    expect(bulkChangeApplies("restore", live, now)).toBe(false);
  });

  it("land together or not at all", async () => {
    const ids = [await addStory("bulk-all-or-none-1", "published"), await addStory("bulk-all-or-none-2", "published")];
    await expect(
      atomically(async () => {
        await applyBulkChange("delete", (await getArticleById(ids[0]))!, editorId, now);
        throw new Error("the second story failed");
      }),
    ).rejects.toThrow("the second story failed");
    expect((await listArticlesByIds(ids)).map((a) => a.deletedAt)).toEqual([null, null]);
    expect(await auditLines(ids[0])).toEqual([]);
  });

  it("are found again by the article list's date filter, in India-time days of their last change", async () => {
    const id = await addStory("bulk-dated", "draft");
    await db
      .update(articles)
      .set({ updatedAt: Date.UTC(2020, 0, 15, 6) })
      .where(eq(articles.id, id));
    const inRange = await listAdminArticles(
      { changedRange: dayRange("2020-01-15", "2020-01-15") },
      { limit: 50, offset: 0 },
    );
    expect(inRange.map((row) => row.id)).toEqual([id]);
    expect(
      (await listAdminArticles({ changedRange: dayRange("2020-01-16", undefined) }, { limit: 500, offset: 0 })).some(
        (row) => row.id === id,
      ),
    ).toBe(false);
    expect(
      await listAdminArticles({ changedRange: dayRange(undefined, "2020-01-14") }, { limit: 50, offset: 0 }),
    ).toEqual([]);
  });
});
