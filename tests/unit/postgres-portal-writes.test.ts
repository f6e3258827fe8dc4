import { describe, expect, it } from "vitest";
import { connections } from "@/db";
import { getArticleById } from "@/db/queries/article-editor-reads";
import { saveArticleRecord, tagLabelsOf } from "@/db/queries/article-save";
import { listAuditActors, listAuditEntries } from "@/db/queries/audit";
import { countApprovedComments, listThreadComments } from "@/db/queries/comment-thread";
import { createComment, getCommentDepth } from "@/db/queries/comments";
import { countAccountFailures, recordLoginAttempt } from "@/db/queries/login-attempts";
import { moderateComments } from "@/db/queries/moderation-actions";
import { countQueues } from "@/db/queries/moderation-queues";
import { getScheduleMarks } from "@/db/queries/schedule";
import { atomically, tryWrite } from "@/db/write";
import { postgresTestsRun } from "../helpers/postgres";
import { useSeededPostgres } from "../helpers/seeded-postgres";

// One write of each kind, through tryWrite and atomically as the actions make them, on the demo
// newsroom seeded into a real PostgreSQL through DATABASE_URL.
describe.runIf(postgresTestsRun())("the portal's writes on PostgreSQL", () => {
  const { people, firstStory } = useSeededPostgres();

  const comment = (articleId: number) => ({
    articleId,
    userId: people.commenterId,
    parentId: null as number | null,
    heldReason: null,
    createdAt: Date.now(),
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
    const approved = await tryWrite(() => moderateComments([id], "approve", people.editorId));
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
    const audit = await listAuditEntries({ actorId: people.editorId });
    expect(audit.rows[0]).toMatchObject({ commentId: id, action: "approve", actorName: expect.any(String) });
    expect((await listAuditActors()).map((actor) => actor.id)).toContain(people.editorId);
    const deleted = await tryWrite(() => moderateComments([id], "delete", people.editorId));
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
        { id, editorId: people.editorId },
      ),
    );
    expect(saved).toEqual({ ok: true, value: id });
    expect(await getArticleById(id)).toMatchObject({ dek: "PostgreSQL saved this dek.", version: story.version + 1 });
    await expect(
      tryWrite(() =>
        atomically(async () => {
          await saveArticleRecord(
            { ...pickSnapshot(rest), dek: "Never kept.", tags: labels, updatedAt: Date.now() },
            { id, editorId: people.editorId },
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
