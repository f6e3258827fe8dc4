import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, connections } from "@/db";
import { listAdminArticles, countAdminArticles } from "@/db/queries/admin-articles";
import { getArticleById } from "@/db/queries/article-editor-reads";
import { saveArticleRecord, tagLabelsOf } from "@/db/queries/article-save";
import * as articleQueries from "@/db/queries/articles";
import { countApprovedComments, listThreadComments } from "@/db/queries/comment-thread";
import { listAuditActors, listAuditEntries } from "@/db/queries/audit";
import { createComment, getCommentDepth } from "@/db/queries/comments";
import { countAccountFailures, recordLoginAttempt } from "@/db/queries/login-attempts";
import { getScheduleMarks } from "@/db/queries/schedule";
import { countCommentsPerDay, countDrafts, listLatestPendingComments } from "@/db/queries/dashboard";
import { listLiveArticleIds } from "@/db/queries/live-updates";
import { listFeedArticles } from "@/db/queries/feed";
import { listMedia, listMediaUsage } from "@/db/queries/media";
import { moderateComments } from "@/db/queries/moderation-actions";
import { countQueues, listQueue } from "@/db/queries/moderation-queues";
import { listPeople } from "@/db/queries/people";
import { searchStoriesPage } from "@/db/queries/search-engine";
import { listSectionLastmods, listSitemapArticles, listSitemapBlocks } from "@/db/queries/sitemap";
import * as taxonomy from "@/db/queries/taxonomy";
import { atomically, tryWrite } from "@/db/write";
import { seedPostgresIfEmpty } from "@/db/seed";
import { toMatchExpression, toTsQuery } from "@/lib/search-query";
import { postgresTestsRun, type PrivatePostgres, startPostgres } from "../helpers/postgres";

// The named queries the public pages, the newsroom and the moderation desk call, run on the demo
// newsroom seeded into a real PostgreSQL through DATABASE_URL, as `npm start` would open it.
describe.runIf(postgresTestsRun())("the portal's queries on PostgreSQL", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-portal-"));
  const before = process.env.DATABASE_URL;
  let server: PrivatePostgres;
  let editorId: number;
  let commenterId: number;

  beforeAll(async () => {
    process.env.MEDIA_DIR = path.join(dir, "media");
    server = await startPostgres();
    await seedPostgresIfEmpty(server.url);
    await closeDatabase();
    process.env.DATABASE_URL = server.url;
    const people = await listPeople({});
    editorId = people.rows.find((person) => person.role === "editor")!.id;
    commenterId = people.rows.find((person) => person.role === "commenter")!.id;
  });

  afterAll(async () => {
    await closeDatabase();
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const comment = (articleId: number) => ({
    articleId,
    userId: commenterId,
    parentId: null as number | null,
    heldReason: null,
    createdAt: Date.now(),
  });

  const firstStory = async (lang: "gu" | "en") =>
    (await articleQueries.listLatestArticles(lang, { limit: 1, offset: 0 }))[0];

  it("opens PostgreSQL from DATABASE_URL", () => {
    expect(connections().kind).toBe("postgres");
  });

  it("serves both home pages, with breaking, featured, latest and per-section stories", async () => {
    for (const lang of ["gu", "en"] as const) {
      const latest = await articleQueries.listLatestArticles(lang, { limit: 13, offset: 0 });
      expect(latest.length).toBe(13);
      expect(latest.every((story) => story.edition === lang)).toBe(true);
      expect(latest.map((story) => story.publishedAt)).toEqual(
        [...latest.map((story) => story.publishedAt)].sort((a, b) => b! - a!),
      );
      expect(await articleQueries.listFeaturedArticles(lang, 4)).not.toHaveLength(0);
      expect(Array.isArray(await articleQueries.listBreakingArticles(lang))).toBe(true);
    }
  });

  it("serves a section page with its count and stories", async () => {
    const [category] = await taxonomy.listCategories();
    expect(await taxonomy.getCategoryBySlug(category.slug)).toMatchObject({ id: category.id });
    const total = await articleQueries.countCategoryArticles("en", category.id);
    expect(typeof total).toBe("number");
    expect(total).toBeGreaterThan(0);
    const stories = await articleQueries.listCategoryArticles("en", category.id, { limit: 20, offset: 0 });
    expect(stories.length).toBe(Math.min(total, 20));
  });

  it("serves an article with its tags, related stories and approved comments thread", async () => {
    const story = await firstStory("en");
    const found = await articleQueries.getPublishedArticle("en", story.slug);
    expect(found?.article.title).toBe(story.title);
    expect(await articleQueries.listRelatedArticles(found!.article)).not.toContainEqual(
      expect.objectContaining({ id: story.id }),
    );
    const tags = await taxonomy.listArticleTags(story.id);
    expect(Array.isArray(tags)).toBe(true);
    const latest = await articleQueries.listLatestArticles("en", { limit: 60, offset: 0 });
    const counted = await Promise.all(latest.map(async (card) => ({ card, n: await countApprovedComments(card.id) })));
    const withComments = counted.find((entry) => entry.n > 0)!.card;
    const thread = await listThreadComments(withComments.id, { order: "oldest", limit: 20 });
    expect(thread.total).toBe(await countApprovedComments(withComments.id));
    expect(thread.comments.length).toBeGreaterThan(0);
    expect(typeof thread.topLevelTotal).toBe("number");
  });

  it("serves tag and author pages", async () => {
    const story = await firstStory("gu");
    const [tag] = await taxonomy.listArticleTags(story.id);
    const tagPage = await taxonomy.getTagBySlug("gu", tag.slug);
    expect(await articleQueries.countTagArticles(tagPage!.id)).toBeGreaterThan(0);
    expect(await articleQueries.listTagArticles(tagPage!.id, { limit: 20, offset: 0 })).toContainEqual(
      expect.objectContaining({ id: story.id }),
    );
    const editor = (await taxonomy.getAuthorBySlug("meera-trivedi"))!;
    expect(editor.name).toBe("Meera Trivedi");
    const count = await articleQueries.countAuthorArticles("en", editor.id);
    expect((await articleQueries.listAuthorArticles("en", editor.id, { limit: 50, offset: 0 })).length).toBe(
      Math.min(count, 50),
    );
  });

  const search = (lang: "gu" | "en", q: string) =>
    searchStoriesPage(lang, { match: toMatchExpression(q), tsQuery: toTsQuery(q) }, { limit: 20, offset: 0 });

  it("searches both editions, a Gujarati word with vowel signs and virama kept whole", async () => {
    const english = await search("en", "metro");
    expect(english.counted).toBeGreaterThan(0);
    expect(english.hits[0].titleHighlighted + english.hits[0].snippet).toMatch(/metro/i);
    const gujarati = await search("gu", "મેટ્રો");
    expect(gujarati.counted).toBeGreaterThan(0);
    expect(gujarati.hits.every((hit) => hit.edition === "gu")).toBe(true);
    expect(await search("en", "\"' & | !")).toEqual({ counted: 0, hits: [] });
  });

  it("lists the feed, the sitemap blocks, their stories and the sections' last changes", async () => {
    const feed = await listFeedArticles("gu", { limit: 10 });
    expect(feed).toHaveLength(10);
    const blocks = await listSitemapBlocks(1000);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks[0]).toEqual({ block: 0, lastmod: expect.any(Number) });
    const inBlock = await listSitemapArticles(1, 1000);
    expect(inBlock.length).toBeGreaterThan(0);
    expect((await listSectionLastmods()).length).toBeGreaterThan(0);
  });

  it("gives the newsroom its article list, its count and its word search", async () => {
    const total = await countAdminArticles({});
    expect(total).toBeGreaterThan(0);
    expect(await listAdminArticles({}, { limit: 20, offset: 0 })).toHaveLength(Math.min(20, total));
    const words = (q: string) => ({ q, match: toMatchExpression(q) ?? undefined, tsQuery: toTsQuery(q) ?? undefined });
    const found = await listAdminArticles({ ...words("metro"), edition: "en" }, { limit: 20, offset: 0 });
    expect(found.length).toBeGreaterThan(0);
    expect(await countAdminArticles({ ...words("metro"), edition: "en" })).toBe(found.length);
    expect(await countAdminArticles(words("zzzqqq"))).toBe(0);
  });

  it("gives the moderation desk its queues and their counts", async () => {
    const counts = await countQueues();
    for (const value of Object.values(counts)) expect(typeof value).toBe("number");
    expect(counts.approved).toBeGreaterThan(0);
    const pending = await listQueue("pending", {});
    expect(pending.rows.length).toBe(Math.min(counts.pending, 50));
    const days = await countCommentsPerDay(Date.now() - 30 * 86_400_000);
    expect(days.every((row) => typeof row.day === "number" && typeof row.count === "number")).toBe(true);
    expect(await countDrafts()).toBeGreaterThan(0);
    expect((await listLatestPendingComments()).length).toBe(Math.min(counts.pending, 5));
    expect(await listLiveArticleIds("en")).toEqual(expect.any(Array));
  });

  it("finds people and media by part of a name, ignoring case", async () => {
    const meera = await listPeople({ query: "MEERA" });
    expect(meera.rows.map((person) => person.name)).toContain("Meera Trivedi");
    const everything = await listMedia({});
    expect(everything.total).toBeGreaterThan(0);
    const first = everything.rows[0];
    const part = first.fileName.slice(0, 4).toUpperCase();
    expect((await listMedia({ query: part })).rows.map((row) => row.id)).toContain(first.id);
    expect(await listMedia({ query: "%_\\" })).toMatchObject({ total: 0 });
    expect(Array.isArray(await listMediaUsage(first.path))).toBe(true);
  });

  it("posts a comment, approves it and shows it in the thread and the counts", async () => {
    const story = await firstStory("en");
    const before = await countApprovedComments(story.id);
    const desk = await countQueues();
    const posted = await tryWrite(() =>
      createComment({ ...comment(story.id), body: "A comment kept by PostgreSQL.", status: "pending" }),
    );
    expect(posted.ok).toBe(true);
    const id = posted.ok ? posted.value.id : 0;
    expect((await countQueues()).pending).toBe(desk.pending + 1);
    const approved = await tryWrite(() => moderateComments([id], "approve", editorId));
    expect(approved.ok && approved.value).toHaveLength(1);
    expect(await countApprovedComments(story.id)).toBe(before + 1);
    const thread = await listThreadComments(story.id, { order: "newest", limit: 20 });
    expect(thread.comments.map((comment) => comment.body)).toContain("A comment kept by PostgreSQL.");
    const reply = await tryWrite(() =>
      createComment({ ...comment(story.id), parentId: id, body: "A reply.", status: "approved" }),
    );
    expect(reply.ok && (await getCommentDepth(reply.value.id))).toBe(1);
    const withReply = await listThreadComments(story.id, { order: "newest", limit: 20 });
    expect(withReply.comments.find((row) => row.body === "A reply.")).toMatchObject({ parentId: id });
    const audit = await listAuditEntries({ actorId: editorId });
    expect(audit.rows[0]).toMatchObject({ commentId: id, action: "approve", actorName: expect.any(String) });
    expect((await listAuditActors()).map((actor) => actor.id)).toContain(editorId);
    const deleted = await tryWrite(() => moderateComments([id], "delete", editorId));
    expect(deleted.ok && deleted.value.length).toBeGreaterThan(0);
    expect(await countApprovedComments(story.id)).toBe(before);
  });

  it("counts failed sign-ins after the last success and knows the next scheduled change", async () => {
    const at = Date.now();
    await tryWrite(() => recordLoginAttempt("reader@example.test", "10.0.0.1", true, at - 3000));
    await tryWrite(() => recordLoginAttempt("reader@example.test", "10.0.0.1", false, at - 2000));
    expect(await countAccountFailures("reader@example.test", at - 60_000)).toBe(1);
    const marks = await getScheduleMarks();
    expect(typeof marks.last).toBe("number");
  });

  it("saves an edited story with its tags in one transaction, and rolls back a failed one", async () => {
    const story = (await getArticleById((await firstStory("gu")).id))!;
    const labels = await tagLabelsOf(connections().read, story.id);
    const { id, version, createdAt, updatedAt, deletedAt, ...rest } = story;
    void [version, createdAt, updatedAt, deletedAt];
    const saved = await tryWrite(() =>
      saveArticleRecord(
        { ...pickSnapshot(rest), dek: "PostgreSQL saved this dek.", tags: labels, updatedAt: Date.now() },
        { id, editorId },
      ),
    );
    expect(saved).toEqual({ ok: true, value: id });
    expect(await getArticleById(id)).toMatchObject({ dek: "PostgreSQL saved this dek.", version: story.version + 1 });
    await expect(
      tryWrite(() =>
        atomically(async () => {
          await saveArticleRecord(
            { ...pickSnapshot(rest), dek: "Never kept.", tags: labels, updatedAt: Date.now() },
            { id, editorId },
          );
          throw new Error("the editor's second step failed");
        }),
      ),
    ).rejects.toThrow("second step failed");
    expect((await getArticleById(id))!.dek).toBe("PostgreSQL saved this dek.");
  });
});

type Story = NonNullable<Awaited<ReturnType<typeof getArticleById>>>;
const pickSnapshot = (story: Partial<Story>) => ({
  edition: story.edition!,
  slug: story.slug!,
  title: story.title!,
  dek: story.dek!,
  body: story.body!,
  imagePath: story.imagePath ?? null,
  imageAlt: story.imageAlt!,
  imageCaption: story.imageCaption!,
  imageWidth: story.imageWidth ?? null,
  imageHeight: story.imageHeight ?? null,
  categoryId: story.categoryId!,
  authorId: story.authorId!,
  status: story.status!,
  publishedAt: story.publishedAt ?? null,
  breaking: story.breaking!,
  breakingUntil: story.breakingUntil ?? null,
  featured: story.featured!,
  commentsOpen: story.commentsOpen!,
  translationId: story.translationId ?? null,
});
