import { describe, expect, it } from "vitest";
import { articleWrite, resolveArticle, restoredWrite } from "@/app/admin/articles/article-write";
import { articleSchema, type ArticleInput } from "@/app/admin/articles/schema";
import { parseIndiaDateTime, toIndiaInput } from "@/app/admin/india-time";
import * as queries from "@/db/queries/article-editor-reads";
import { getArticleCacheView } from "@/db/queries/article-cache-view";
import { saveArticleRecord } from "@/db/queries/article-save";
import { getRevision, listRevisions } from "@/db/queries/revisions";
import { getCategoryBySlug } from "@/db/queries/taxonomy";
import { tagsForArticleChange } from "@/app/(site)/reads/refresh";
import { getUserByEmail } from "@/db/queries/users";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

const now = Date.now();
let editorId: number;
let politics: number;
let cricket: number;

async function newsroom() {
  await seedDemoHere(now);
  editorId = (await getUserByEmail("meera@khabarsetu.test"))!.id;
  politics = (await getCategoryBySlug("politics"))!.id;
  cricket = (await getCategoryBySlug("cricket"))!.id;
}

/** What the editor's form sends, as strings, with a few fields changed. */
function form(fields: Record<string, string> = {}) {
  return {
    title: "Assembly passes the water bill",
    edition: "en",
    dek: "A short summary.",
    body: "First paragraph.\r\n\r\nSecond.",
    categoryId: String(politics),
    authorId: String(editorId),
    tags: "Water, Assembly",
    imageAlt: "",
    imageCaption: "",
    status: "published",
    ...fields,
  };
}

/** The editor always sends the version it was opened at; here, the article's current one. */
async function parse(fields: Record<string, string> = {}): Promise<ArticleInput> {
  const opened: Record<string, string> =
    fields.id && !fields.version
      ? { version: String((await queries.getArticleById(Number(fields.id)))?.version ?? 1) }
      : {};
  return articleSchema.parse(form({ ...opened, ...fields }));
}

/** Saves through the same steps as the action (without the session and the cache). */
async function save(input: ArticleInput, at = Date.now()) {
  const current = input.id ? await queries.getArticleById(input.id) : null;
  const resolved = await resolveArticle(input, current, at, false);
  if ("problems" in resolved) throw new Error(JSON.stringify(resolved.problems));
  return saveArticleRecord(articleWrite(input, resolved, current, null, at), {
    id: current?.id,
    editorId,
    now: at,
  });
}

// The form's rules read the section and author ids of the database, so they run on each engine too.
describeOnEngines("the article editor", newsroom, () => {
  describe("the article form's rules", () => {
    it("accepts a complete article and tidies what was typed", async () => {
      const input = await parse({ tags: " Water,assembly , water,, Assembly ", slug: "  Water-Bill " });
      expect(input.body).toBe("First paragraph.\n\nSecond.");
      expect(input.tags).toEqual(["Water", "assembly"]);
      expect(input.slug).toBe("water-bill");
      expect(input.commentsOpen).toBe(false);
      expect(articleSchema.parse(form({ commentsOpen: "on" })).commentsOpen).toBe(true);
    });

    it("names the field that is wrong, with a dictionary key", () => {
      const issues = (fields: Record<string, string>) =>
        articleSchema.safeParse(form(fields)).error?.issues.map((issue) => [issue.path[0], issue.message]);
      expect(issues({ title: "   " })).toEqual([["title", "required"]]);
      expect(issues({ slug: "bad slug!" })).toEqual([["slug", "slugInvalid"]]);
      expect(issues({ title: "x".repeat(201) })).toEqual([["title", "tooLong"]]);
      expect(issues({ status: "scheduled" })).toEqual([["publishAt", "scheduleRequired"]]);
      expect(issues({ status: "scheduled", publishAt: "2026-02-30T10:00" })).toEqual([["publishAt", "timeInvalid"]]);
      expect(issues({ tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`).join(",") })).toEqual([
        ["tags", "tooManyTags"],
      ]);
      expect(issues({ categoryId: "abc" })).toEqual([["categoryId", "invalid"]]);
    });

    it("accepts a Unicode slug as well as a Latin one", async () => {
      expect((await parse({ edition: "gu", slug: "બજેટ-સત્ર" })).slug).toBe("બજેટ-સત્ર");
    });

    it("reads times typed in India time", () => {
      expect(parseIndiaDateTime("2026-11-28T17:30")).toBe(Date.UTC(2026, 10, 28, 12, 0));
      expect(parseIndiaDateTime("2026-11-28T17:30:15")).toBe(Date.UTC(2026, 10, 28, 12, 0, 15));
      expect(toIndiaInput(Date.UTC(2026, 10, 28, 12, 0, 15))).toBe("2026-11-28T17:30:15");
      expect(parseIndiaDateTime("28/11/2026 17:30")).toBeNull();
    });
  });

  describe("saving an article", () => {
    it("makes a readable slug from a Gujarati headline and keeps slugs unique per edition", async () => {
      const id = await save(await parse({ edition: "gu", title: "ક્રિકેટ મેચ રદ", tags: "ક્રિકેટ" }));
      const saved = (await queries.getArticleById(id))!;
      expect(saved.slug).toBe("kriket-mech-rad");

      const again = await resolveArticle(await parse({ edition: "gu", title: "ક્રિકેટ મેચ રદ" }), null, Date.now(), false);
      expect(again).toEqual({ problems: { slug: "slugTaken" } });
      expect(await queries.isSlugTaken("gu", "kriket-mech-rad")).toBe(true);
      expect(await queries.isSlugTaken("gu", "kriket-mech-rad", id)).toBe(false);
      expect(await queries.isSlugTaken("en", "kriket-mech-rad")).toBe(false);
    });

    it("refuses a schedule in the past, an unknown translation and an image without a description", async () => {
      const past = toIndiaInput(Date.now() - 60_000);
      expect(
        await resolveArticle(
          await parse({ title: "Later", status: "scheduled", publishAt: past }),
          null,
          Date.now(),
          false,
        ),
      ).toMatchObject({ problems: { publishAt: "scheduleInPast" } });
      expect(
        await resolveArticle(
          await parse({ title: "Translated", translationSlug: "no-such-story" }),
          null,
          Date.now(),
          false,
        ),
      ).toMatchObject({ problems: { translationSlug: "translationNotFound" } });
      expect(await resolveArticle(await parse({ title: "With a picture" }), null, Date.now(), true)).toMatchObject({
        problems: { imageAlt: "altRequired" },
      });
    });

    it("moves the Updated time on an edit, but not for a minor correction", async () => {
      const published = Date.now() - 3_600_000;
      const id = await save(await parse({ title: "Rain stops play" }), published);
      const first = (await queries.getArticleById(id))!;
      expect(first.publishedAt).toBe(published);

      await save(
        await parse({ id: String(id), title: "Rain stops play again", minorCorrection: "on" }),
        published + 60_000,
      );
      expect((await queries.getArticleById(id))!.updatedAt).toBe(first.updatedAt);
      await save(await parse({ id: String(id), title: "Rain stops play for the day" }), published + 120_000);
      const edited = (await queries.getArticleById(id))!;
      expect(edited.updatedAt).toBe(published + 120_000);
      expect(edited.publishedAt).toBe(published);
    });

    it("links a translation on both sides and unlinks it again", async () => {
      const en = await save(await parse({ title: "Dam gates opened" }));
      const gu = await save(
        await parse({
          edition: "gu",
          title: "ડેમના દરવાજા ખોલાયા",
          translationSlug: (await queries.getArticleById(en))!.slug,
          tags: "",
        }),
      );
      expect((await queries.getArticleById(en))!.translationId).toBe(gu);
      expect((await queries.getArticleById(gu))!.translationId).toBe(en);
      await save(await parse({ id: String(gu), edition: "gu", title: "ડેમના દરવાજા ખોલાયા", tags: "" }));
      expect((await queries.getArticleById(en))!.translationId).toBeNull();
    });
  });

  describe("revisions", () => {
    it("keeps the version each save replaced, and restoring one is itself reversible", async () => {
      const id = await save(await parse({ title: "First headline", body: "First text.", tags: "Alpha" }));
      await save(await parse({ id: String(id), title: "Second headline", body: "Second text.", tags: "Beta" }));
      const [older] = await listRevisions(id);
      expect(older.snapshot).toMatchObject({ title: "First headline", body: "First text.", tags: ["Alpha"] });

      const current = (await queries.getArticleById(id))!;
      const revision = (await getRevision(id, older.id))!;
      await saveArticleRecord(await restoredWrite(revision.snapshot, current, Date.now()), { id, editorId });
      const restored = (await queries.getArticleForEdit(id))!;
      expect(restored.article.title).toBe("First headline");
      expect(restored.tags).toEqual(["Alpha"]);
      expect(restored.article.status).toBe(current.status);

      const history = await listRevisions(id);
      expect(history).toHaveLength(2);
      expect(history[0].snapshot.title).toBe("Second headline");
      expect(await getRevision(id + 1_000, older.id)).toBeNull();
    });
  });

  describe("which cached pages an article change refreshes", () => {
    it("names the old and the new page, section, tags and author after an edit that moves them", async () => {
      const id = await save(
        await parse({
          title: "Toss delayed",
          slug: "toss-delayed",
          categoryId: String(cricket),
          tags: "Toss, Weather",
        }),
      );
      const before = await getArticleCacheView(id);
      await save(
        await parse({
          id: String(id),
          title: "Toss delayed by rain",
          slug: "toss-delayed-by-rain",
          categoryId: String(politics),
          tags: "Weather, Rain",
        }),
      );
      const after = await getArticleCacheView(id);
      expect(tagsForArticleChange(before, after).sort()).toEqual(
        [
          "home:en",
          "article:en:toss-delayed",
          "article:en:toss-delayed-by-rain",
          "category:en:cricket",
          "category:en:politics",
          "tag:en:toss",
          "tag:en:weather",
          "tag:en:rain",
          "author:en:meera-trivedi",
        ].sort(),
      );
    });

    it("refreshes nothing for a draft that stays a draft, and the old places when an article is unpublished", async () => {
      const id = await save(await parse({ title: "Quiet draft", status: "draft", tags: "" }));
      const draft = await getArticleCacheView(id);
      expect(tagsForArticleChange(draft, draft)).toEqual([]);
      await save(await parse({ id: String(id), title: "Quiet draft", status: "published", tags: "" }));
      const live = await getArticleCacheView(id);
      await save(await parse({ id: String(id), title: "Quiet draft", status: "draft", tags: "" }));
      expect(tagsForArticleChange(live, await getArticleCacheView(id))).toContain(`article:en:${live!.slug}`);
    });
  });
});
