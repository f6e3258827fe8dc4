import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { deskReplySchema } from "@/app/admin/moderation/schema";
import { db } from "@/db";
import { listThreadComments } from "@/db/queries/comment-thread";
import { createComment } from "@/db/queries/comments";
import { createDeskReply } from "@/db/queries/desk-replies";
import { getUserByEmail } from "@/db/queries/users";
import { articles } from "@/db/tables";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

let articleId: number;
let readerId: number;
let editorId: number;

async function newsroom() {
  await seedDemoHere();
  articleId = (
    await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.status, "published"), isNull(articles.deletedAt)))
      .limit(1)
  )[0].id;
  readerId = (await getUserByEmail("reader@khabarsetu.test"))!.id;
  editorId = (await getUserByEmail("meera@khabarsetu.test"))!.id;
}

const comment = async (status: "approved" | "pending", parentId: number | null = null) =>
  (
    await createComment({
      articleId,
      userId: readerId,
      parentId,
      body: `A reader's comment ${Math.random()}`,
      status,
      heldReason: null,
      createdAt: Date.now(),
    })
  ).id;

describeOnEngines("a reply from the desk", newsroom, () => {
  it("is approved at once, marked as the newsroom's, and shows in the readers' thread", async () => {
    const parent = await comment("approved");
    const result = await createDeskReply({
      parentId: parent,
      userId: editorId,
      body: "Thank you, we have corrected the figure.",
    });
    expect(result).toMatchObject({ ok: true, articleId });
    const { comments } = await listThreadComments(articleId, { order: "oldest", limit: 500 });
    expect(comments.find((c) => c.parentId === parent)).toMatchObject({
      body: "Thank you, we have corrected the figure.",
      status: "approved",
      fromDesk: true,
    });
  });

  it("is refused under a comment readers cannot see, one that is gone, or a reply to a reply", async () => {
    expect(await createDeskReply({ parentId: await comment("pending"), userId: editorId, body: "x" })).toEqual({
      ok: false,
      reason: "notApproved",
    });
    expect(await createDeskReply({ parentId: 999_999, userId: editorId, body: "x" })).toEqual({
      ok: false,
      reason: "gone",
    });
    const deep = await comment("approved", await comment("approved", await comment("approved")));
    expect(await createDeskReply({ parentId: deep, userId: editorId, body: "x" })).toEqual({
      ok: false,
      reason: "tooDeep",
    });
  });
});

describe("the desk reply form", () => {
  it("needs text, not too much of it, and a real comment id", () => {
    expect(deskReplySchema.safeParse({ commentId: "5", body: "  \r\n " }).error?.issues[0].message).toBe("required");
    expect(deskReplySchema.safeParse({ commentId: "5", body: "x".repeat(2001) }).error?.issues[0].message).toBe(
      "tooLong",
    );
    expect(deskReplySchema.safeParse({ commentId: "5; drop table comments", body: "Hi" }).success).toBe(false);
    expect(deskReplySchema.safeParse({ commentId: "5", body: null }).success).toBe(false);
    expect(deskReplySchema.parse({ commentId: "5", body: " Line one\r\nLine two " }).body).toBe("Line one\nLine two");
  });
});
