import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { countApprovedComments, listOwnLiveComments, listThreadComments } from "@/db/queries/comment-thread";
import {
  countUserApprovedComments,
  createComment,
  createCommentReport,
  getCommentableArticle,
  getCommentableArticleById,
  getCommentDepth,
  getLastCommentTime,
  listUserCommentBodies,
  softDeleteComment,
  updateCommentBody,
} from "@/db/queries/comments";
import { articles, comments, users } from "@/db/tables";
import { buildThread, type ThreadComment } from "@/lib/comments/thread";
import { queryPlans } from "../helpers/query-plans";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

const now = Date.now();
let articleId = 0;
let asha = 0;
let bharat = 0;

async function person(name: string) {
  return (
    await db
      .insert(users)
      .values({ email: `${name.toLowerCase()}@example.test`, name })
      .returning({ id: users.id })
  )[0].id;
}

/** A quiet article of our own, so the seeded comments do not get in the way. */
async function freshArticle(slug: string) {
  const template = (await db.select().from(articles).where(eq(articles.edition, "en")).limit(1))[0]!;
  return (
    await db
      .insert(articles)
      .values({
        edition: "en",
        slug,
        title: slug,
        categoryId: template.categoryId,
        authorId: template.authorId,
        status: "published",
        publishedAt: now - 3600_000,
      })
      .returning({ id: articles.id })
  )[0].id;
}

let clock = now - 3600_000;
async function comment(
  userId: number,
  body: string,
  extra: Partial<{ parentId: number; status: "approved" | "pending"; article: number }> = {},
) {
  clock += 1000;
  return (
    await createComment({
      articleId: extra.article ?? articleId,
      userId,
      parentId: extra.parentId ?? null,
      body,
      status: extra.status ?? "approved",
      heldReason: extra.status === "pending" ? "new-author" : null,
      createdAt: clock,
    })
  ).id;
}

async function threadFor(
  viewerId: number | null,
  order: "oldest" | "newest" = "oldest",
  limit = 50,
  article = articleId,
): Promise<ThreadComment[]> {
  const approved = await listThreadComments(article, { order, limit });
  return buildThread(
    approved.comments,
    viewerId === null ? [] : (await listOwnLiveComments(article, viewerId)).filter((c) => c.status === "pending"),
    order,
    viewerId,
  );
}

async function newsroom() {
  await seedDemoHere(now);
  articleId = await freshArticle("a-quiet-article");
  asha = await person("Asha");
  bharat = await person("Bharat");
}

describeOnEngines("comments", newsroom, (engine) => {
  describe("a pending comment", () => {
    it("shows only to its author, marked as theirs, and is not counted", async () => {
      const id = await comment(asha, "My first comment", { status: "pending" });
      expect((await threadFor(null)).map((c) => c.id)).not.toContain(id);
      expect((await threadFor(bharat)).map((c) => c.id)).not.toContain(id);
      const own = (await threadFor(asha)).find((c) => c.id === id);
      expect(own).toMatchObject({ status: "pending", own: true, body: "My first comment" });
      expect(await countApprovedComments(articleId)).toBe(0);
      expect(await countUserApprovedComments(asha)).toBe(0);
    });

    it("becomes visible to everyone once approved", async () => {
      const id = await comment(asha, "Approved later", { status: "pending" });
      await db.update(comments).set({ status: "approved" }).where(eq(comments.id, id));
      expect((await threadFor(null)).map((c) => c.id)).toContain(id);
      expect((await threadFor(bharat)).find((c) => c.id === id)?.own).toBe(false);
      expect(await countUserApprovedComments(asha)).toBe(1);
    });
  });

  describe("threaded replies", () => {
    it("nests replies two levels deep and shows deeper replies at the second level", async () => {
      const top = await comment(asha, "Top");
      const reply = await comment(bharat, "Reply", { parentId: top });
      const second = await comment(asha, "Reply to the reply", { parentId: reply });
      const third = await comment(bharat, "Even deeper", { parentId: second });
      expect(await getCommentDepth(top)).toBe(0);
      expect(await getCommentDepth(second)).toBe(2);
      expect(await getCommentDepth(third)).toBe(3);

      const thread = (await threadFor(null)).find((c) => c.id === top)!;
      expect(thread.depth).toBe(0);
      expect(thread.replies.map((r) => [r.id, r.depth])).toEqual([[reply, 1]]);
      expect(thread.replies[0].replies.map((r) => [r.id, r.depth])).toEqual([
        [second, 2],
        [third, 2],
      ]);
    });

    it("shows the author their own pending reply under the comment it answers", async () => {
      const top = await comment(bharat, "Another top");
      const mine = await comment(asha, "Pending reply", { parentId: top, status: "pending" });
      expect((await threadFor(asha)).find((c) => c.id === top)!.replies.map((r) => r.id)).toEqual([mine]);
      expect((await threadFor(bharat)).find((c) => c.id === top)!.replies).toEqual([]);
    });

    it("keeps a deleted comment with replies as a placeholder without its text, and drops one without replies", async () => {
      const parent = await comment(asha, "Soon deleted, has a reply");
      await comment(bharat, "Answer", { parentId: parent });
      const lonely = await comment(asha, "Soon deleted, alone");
      const before = await countApprovedComments(articleId);
      await softDeleteComment(parent, now);
      await softDeleteComment(lonely, now);

      const thread = await threadFor(null);
      expect(thread.find((c) => c.id === parent)).toMatchObject({ deleted: true, body: "" });
      expect(thread.find((c) => c.id === parent)!.replies).toHaveLength(1);
      expect(thread.find((c) => c.id === lonely)).toBeUndefined();
      expect(await countApprovedComments(articleId)).toBe(before - 2);
      expect(await listUserCommentBodies(asha, articleId)).not.toContain("Soon deleted, alone");
    });
  });

  // SQLite's plan: PostgreSQL chooses its own, from its statistics.
  if (engine === "sqlite")
    describe("reading a thread on a large table", () => {
      it("finds replies through their parent, never by walking every approved comment", async () => {
        const top = await comment(asha, "A question");
        await comment(bharat, "An answer", { parentId: top });
        const plans = await queryPlans(() => listThreadComments(articleId, { order: "oldest", limit: 50 }));
        const replies = plans.find((plan) => plan.some((step) => step.includes("RECURSIVE STEP")))!;
        expect(replies.join("\n")).toMatch(/comments_parent_idx/);
        expect(replies.join("\n")).not.toMatch(/comments_status_created_idx/);
      });
    });

  describe("long threads", () => {
    it("shows 50 top-level comments a page, oldest first by default, with more on the next page", async () => {
      const article = await freshArticle("a-busy-article");
      const ids: number[] = [];
      for (let i = 0; i < 120; i++) ids.push(await comment(i % 2 ? asha : bharat, `Comment ${i}`, { article }));
      const first = await listThreadComments(article, { order: "oldest", limit: 50 });
      expect(first.comments.map((c) => c.id)).toEqual(ids.slice(0, 50));
      expect(first).toMatchObject({ hasMore: true, topLevelTotal: 120, total: 120 });

      const third = await listThreadComments(article, { order: "oldest", limit: 50, offset: 100 });
      expect(third.comments.map((c) => c.id)).toEqual(ids.slice(100));
      expect(third.hasMore).toBe(false);

      const newest = await threadFor(null, "newest", 50, article);
      expect(newest[0].id).toBe(ids[119]);
    });

    it("puts an editor's pick first", async () => {
      const article = await freshArticle("an-article-with-a-pick");
      const [a, b, c] = [
        await comment(asha, "one", { article }),
        await comment(bharat, "two", { article }),
        await comment(asha, "three", { article }),
      ];
      await db.update(comments).set({ featured: true }).where(eq(comments.id, b));
      expect((await threadFor(null, "oldest", 50, article)).map((x) => x.id)).toEqual([b, a, c]);
      expect((await threadFor(null, "newest", 50, article)).map((x) => x.id)).toEqual([b, c, a]);
    });
  });

  describe("what the comment rules read", () => {
    it("knows a person's last comment time and their texts on an article", async () => {
      const id = await comment(bharat, "Latest words");
      expect(await getLastCommentTime(bharat)).toBe(clock);
      expect(await getLastCommentTime(await person("Chetan"))).toBeNull();
      expect(await listUserCommentBodies(bharat, articleId)).toContain("Latest words");
      await updateCommentBody(id, "Edited words", now);
      expect((await db.select().from(comments).where(eq(comments.id, id)).limit(1))[0]).toMatchObject({
        body: "Edited words",
        editedAt: now,
      });
    });

    it("records one report per reader per comment", async () => {
      const id = await comment(asha, "Reported once");
      expect(await createCommentReport({ commentId: id, reporterId: bharat, reason: "spam", note: null })).toBe(true);
      expect(await createCommentReport({ commentId: id, reporterId: bharat, reason: "abuse", note: "again" })).toBe(
        false,
      );
    });

    it("finds a commentable article only when readers can see it, with its open or closed state", async () => {
      expect(await getCommentableArticle("en", "municipal-election-schedule-announced")).toMatchObject({
        commentsOpen: false,
      });
      expect(await getCommentableArticle("en", "a-quiet-article")).toMatchObject({ id: articleId, commentsOpen: true });
      expect(await getCommentableArticleById(articleId)).toMatchObject({ id: articleId, commentsOpen: true });
      expect(await getCommentableArticleById(999_999)).toBeNull();
      expect(await getCommentableArticle("en", "draft-port-expansion-plan")).toBeNull();
      expect(await getCommentableArticle("gu", "a-quiet-article")).toBeNull();
    });
  });
});
