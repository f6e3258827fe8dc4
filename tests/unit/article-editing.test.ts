import { describe, expect, it } from "vitest";
import { changedParts, describeConflict } from "@/app/admin/articles/conflict";
import { editorAutosave } from "@/app/admin/articles/editor-props";
import { articleFormValues } from "@/app/admin/articles/editor-props";
import { autosaveSchema, presenceSchema } from "@/app/admin/articles/editing-schema";
import { articleSchema } from "@/app/admin/articles/schema";
import { articleWrite, resolveArticle } from "@/app/admin/articles/article-write";
import * as queries from "@/db/queries/article-editor-reads";
import { saveArticleRecord } from "@/db/queries/article-save";
import {
  articleExists,
  deleteAutosave,
  getAutosave,
  leavePresence,
  putAutosave,
  touchPresence,
} from "@/db/queries/editing";
import { getCategoryBySlug } from "@/db/queries/taxonomy";
import { en } from "@/lib/i18n/en";
import { gu } from "@/lib/i18n/gu";
import { getUserByEmail } from "@/db/queries/users";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

let meera: number;
let arjun: number;
let section: number;

async function newsroom() {
  await seedDemoHere();
  meera = (await getUserByEmail("meera@khabarsetu.test"))!.id;
  arjun = (await getUserByEmail("arjun@khabarsetu.test"))!.id;
  section = (await getCategoryBySlug("politics"))!.id;
}

function fields(extra: Record<string, string> = {}) {
  return {
    title: "Bridge opens to traffic",
    edition: "en",
    dek: "The first dek.",
    body: "Text.",
    categoryId: String(section),
    authorId: String(meera),
    tags: "Roads",
    imageAlt: "",
    imageCaption: "",
    status: "published",
    ...extra,
  };
}

/** One editor's save, as the action does it, from the version they opened. */
async function saveAs(editorId: number, extra: Record<string, string>, baseVersion?: number) {
  const input = articleSchema.parse(fields(extra));
  const current = input.id ? await queries.getArticleById(input.id) : null;
  const resolved = await resolveArticle(input, current, Date.now(), false);
  if ("problems" in resolved) throw new Error(JSON.stringify(resolved.problems));
  return saveArticleRecord(articleWrite(input, resolved, current, null, Date.now()), {
    id: current?.id,
    editorId,
    baseVersion,
  });
}

describeOnEngines("editing stories", newsroom, () => {
  describe("two editors saving the same story", () => {
    it("refuses the second save made from the version both opened, and writes nothing", async () => {
      const id = (await saveAs(meera, {})) as number;
      expect((await queries.getArticleById(id))!.version).toBe(1);
      expect(await saveAs(meera, { id: String(id), version: "1", dek: "A new dek." }, 1)).toBe(id);
      expect((await queries.getArticleById(id))!.version).toBe(2);

      const stale = await saveAs(arjun, { id: String(id), version: "1", imageCaption: "A caption." }, 1);
      expect(stale).toBe("stale");
      expect(await queries.getArticleById(id)).toMatchObject({ dek: "A new dek.", version: 2 });
    });

    it("tells the second editor who saved, when, and what changed, with their values to merge", async () => {
      const id = (await saveAs(meera, { title: "Ferry service resumes" })) as number;
      await saveAs(
        arjun,
        { id: String(id), version: "1", title: "Ferry service resumes", dek: "Arjun's dek.", tags: "Roads, Ferries" },
        1,
      );
      const conflict = (await describeConflict(id, 1, "en", en.admin))!;
      expect(conflict.message).toContain("Arjun");
      expect(conflict.fields).toEqual([en.admin.form.dek, en.admin.form.tags]);
      expect(conflict.version).toBe(2);
      expect(conflict.theirs).toEqual({ dek: "Arjun's dek.", tags: "Ferries, Roads" });
      expect((await describeConflict(id, 1, "gu", gu.admin))!.fields).toEqual([gu.admin.form.dek, gu.admin.form.tags]);
    });

    it("lists the parts of the editor that differ between two versions", async () => {
      const base = { ...(await queries.getArticleById(1))!, tags: ["a"] };
      expect(changedParts(base, { ...base })).toEqual([]);
      expect(changedParts(base, { ...base, publishedAt: 5, body: "other", tags: ["b"] })).toEqual([
        "body",
        "tags",
        "status",
      ]);
    });

    it("requires the version with every save of an existing story", () => {
      expect(articleSchema.safeParse(fields({ id: "1" })).error?.issues.map((i) => i.path[0])).toEqual(["version"]);
      expect(articleSchema.safeParse(fields({ id: "1", version: "-3" })).success).toBe(false);
    });
  });

  describe("presence", () => {
    it("lists the others who pinged recently, never the one asking", async () => {
      const now = Date.now();
      expect(await touchPresence(1, meera, now - 60_000, now - 90_000)).toEqual([]);
      expect(await touchPresence(1, arjun, now, now - 15_000)).toEqual([]);
      expect((await touchPresence(1, meera, now, now - 15_000)).map((p) => p.id)).toEqual([arjun]);
      await leavePresence(1, arjun);
      expect(await touchPresence(1, meera, now, now - 15_000)).toEqual([]);
      expect([await articleExists(1), await articleExists(999_999)]).toEqual([true, false]);
      expect(presenceSchema.safeParse({ articleId: 0 }).success).toBe(false);
      expect(presenceSchema.safeParse({ articleId: "1; drop table" }).success).toBe(false);
    });
  });

  describe("autosave", () => {
    it("accepts half-written work and refuses oversized or malformed values", async () => {
      const id = (await saveAs(meera, { title: "Metro line extended" })) as number;
      const values = { ...articleFormValues((await queries.getArticleForEdit(id))!), title: "" };
      expect(autosaveSchema.safeParse({ articleId: id, baseVersion: 1, values }).success).toBe(true);
      expect(
        autosaveSchema.safeParse({ articleId: id, baseVersion: 1, values: { ...values, body: "x".repeat(100_001) } })
          .success,
      ).toBe(false);
      expect(
        autosaveSchema.safeParse({ articleId: id, baseVersion: 1, values: { ...values, featured: "<script>" } })
          .success,
      ).toBe(false);
      expect(autosaveSchema.safeParse({ articleId: -1, baseVersion: 1, values }).success).toBe(false);
      expect(autosaveSchema.safeParse(undefined).success).toBe(false);
    });

    it("offers an editor their own unsaved changes, only when they differ from the story", async () => {
      const id = (await saveAs(meera, { title: "Tram fares cut" })) as number;
      const current = articleFormValues((await queries.getArticleForEdit(id))!);
      const typed = autosaveSchema.parse({
        articleId: id,
        baseVersion: 1,
        values: { ...current, dek: "Half a new dek" },
      }).values;
      await putAutosave({ userId: meera, articleId: id, baseVersion: 1, values: typed, savedAt: Date.now() });
      expect(await editorAutosave(meera, current, 1, "en")).toMatchObject({
        values: { dek: "Half a new dek" },
        baseVersion: 1,
        behind: false,
      });
      expect(await editorAutosave(meera, current, 2, "en")).toMatchObject({ behind: true });
      expect(await editorAutosave(arjun, current, 1, "en")).toBeNull();
      expect(await editorAutosave(meera, { ...current, dek: "Half a new dek" }, 1, "en")).toBeNull();
      await deleteAutosave(meera, id);
      expect(await getAutosave(meera, id)).toBeNull();
    });
  });
});
