import Database from "better-sqlite3";
import { count, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { articleWrite, resolveArticle } from "@/app/admin/articles/article-write";
import { articleSchema } from "@/app/admin/articles/schema";
import { db } from "@/db";
import * as articleQueries from "@/db/queries/article-editor-reads";
import { saveArticleRecord } from "@/db/queries/article-save";
import { listThreadComments } from "@/db/queries/comment-thread";
import { createComment, type NewComment } from "@/db/queries/comments";
import { banAndRejectComments } from "@/db/queries/moderation-actions";
import { permanentBan } from "@/db/queries/people";
import { getCategoryBySlug } from "@/db/queries/taxonomy";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { articleRevisions, articles, comments, moderationLog, users } from "@/db/schema";
import { tryWrite, write, WriteFailedError } from "@/db/write";
import { fillDatabase, makeUnwritable } from "../helpers/unwritable";
import { freshDatabase } from "../helpers/unit-database";

let file = "";
let articleId = 0;
let readerId = 0;
let editorId = 0;
let clock = Date.now() - 3_600_000;

const comment = (body: string): NewComment => ({
  articleId,
  userId: readerId,
  parentId: null,
  body,
  status: "pending",
  heldReason: "new-author",
  createdAt: ++clock,
});
const stored = async (body: string) =>
  (await db.select({ n: count() }).from(comments).where(eq(comments.body, body)).limit(1))[0]!.n;
const logged = vi.spyOn(console, "error").mockImplementation(() => {});

beforeAll(async () => {
  file = await freshDatabase();
  articleId = (await db.select({ id: articles.id }).from(articles).where(eq(articles.edition, "en")).limit(1))[0]!.id;
  readerId = (await getUserByEmail("reader@khabarsetu.test"))!.id;
  editorId = (await getUserByEmail("meera@khabarsetu.test"))!.id;
});

afterEach(() => logged.mockClear());

describe("a comment the reader is thanked for has been stored", () => {
  it("reports a commit that fails on unwritable database files instead of acknowledging it", async () => {
    const undo = makeUnwritable([file, `${file}-wal`]);
    try {
      await expect(write(() => createComment(comment("Lost on a frozen disk")))).rejects.toMatchObject({
        name: "WriteFailedError",
        reason: "unwritable",
      });
    } finally {
      undo();
    }
    expect(await stored("Lost on a frozen disk")).toBe(0);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it("reports a full database, and the same comment saves once there is room again", async () => {
    const body = "A long comment. ".repeat(200);
    const undo = fillDatabase();
    try {
      const saved = await tryWrite(() => createComment(comment(body)));
      expect(saved).toEqual({ ok: false });
      expect(logged.mock.calls[0][0]).toMatch(/SQLITE_FULL/);
    } finally {
      undo();
    }
    expect(await stored(body)).toBe(0);
    expect((await tryWrite(() => createComment(comment(body)))).ok).toBe(true);
    expect(await stored(body)).toBe(1);
  });
});

describe("a write lock held by another connection", () => {
  it("makes a write wait without freezing readers, and the write lands once the lock is released", async () => {
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    const pending = write(() => createComment(comment("Posted during a long edit")));
    let settled = false;
    void pending.finally(() => (settled = true));
    // While the write waits, this thread is free: reads answer and timers run.
    expect((await listThreadComments(articleId, { order: "oldest", limit: 5 })).comments.length).toBeGreaterThanOrEqual(
      0,
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    other.exec("COMMIT");
    other.close();
    await expect(pending).resolves.toMatchObject({ status: "pending" });
    expect(await stored("Posted during a long edit")).toBe(1);
  });

  it("gives up with a clear failure once the lock is held past the wait, having written nothing", async () => {
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    try {
      const error = await write(() => createComment(comment("Never got the lock")), { totalMs: 50 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WriteFailedError);
      expect(error).toMatchObject({ reason: "busy" });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(await stored("Never got the lock")).toBe(0);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});

describe("sign-up, article save and moderation under a failing database", () => {
  it("sign-up on a full database creates no account", async () => {
    const undo = fillDatabase();
    try {
      const filler = "x".repeat(4000);
      expect(
        await tryWrite(() =>
          createUser({ email: "new-reader@example.test", name: filler.slice(0, 80), passwordHash: filler }),
        ),
      ).toEqual({ ok: false });
    } finally {
      undo();
    }
    expect(await getUserByEmail("new-reader@example.test")).toBeNull();
  });

  it("an article save on a full database leaves neither the article change nor a revision behind", async () => {
    const politics = (await getCategoryBySlug("politics"))!.id;
    const input = articleSchema.parse({
      title: "Water bill passes",
      edition: "en",
      dek: "Short.",
      body: "First.",
      categoryId: String(politics),
      authorId: String(editorId),
      tags: "Water",
      imageAlt: "",
      imageCaption: "",
      status: "published",
    });
    const save = async (changes: Partial<typeof input>) => {
      const current = input.id ? await articleQueries.getArticleById(input.id) : null;
      const resolved = await resolveArticle({ ...input, ...changes }, current, Date.now(), false);
      if ("problems" in resolved) throw new Error(JSON.stringify(resolved.problems));
      return saveArticleRecord(articleWrite({ ...input, ...changes }, resolved, current, null, Date.now()), {
        id: current?.id,
        editorId,
      });
    };
    input.id = await write(() => save({}));
    const revisions = async () =>
      (
        await db.select({ n: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, input.id!)).limit(1)
      )[0]!.n;
    const before = await revisions();
    const undo = fillDatabase();
    try {
      expect(
        await tryWrite(() =>
          save({ body: "A much longer body. ".repeat(2000), tags: ["Water", "Assembly", "Budget"] }),
        ),
      ).toEqual({ ok: false });
    } finally {
      undo();
    }
    expect((await articleQueries.getArticleById(input.id))!.body).toBe("First.");
    expect(await revisions()).toBe(before);
  });

  it("banning from the desk on read-only files neither bans the author nor rejects the comment", async () => {
    const victim = (await createUser({ email: "spammer@example.test", name: "Spammer", passwordHash: null })).id;
    const spam = (await createComment({ ...comment("Buy now"), userId: victim })).id;
    const logBefore = (await db.select({ n: count() }).from(moderationLog).limit(1))[0]!.n;
    const undo = makeUnwritable([file, `${file}-wal`]);
    try {
      expect(await tryWrite(() => banAndRejectComments([spam], editorId, permanentBan))).toEqual({ ok: false });
    } finally {
      undo();
    }
    expect(
      (await db.select({ bannedUntil: users.bannedUntil }).from(users).where(eq(users.id, victim)).limit(1))[0]!
        .bannedUntil,
    ).toBeNull();
    expect(
      (await db.select({ status: comments.status }).from(comments).where(eq(comments.id, spam)).limit(1))[0]!.status,
    ).toBe("pending");
    expect((await db.select({ n: count() }).from(moderationLog).limit(1))[0]!.n).toBe(logBefore);
  });
});
