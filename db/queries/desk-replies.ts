import "server-only";
import { eq } from "drizzle-orm";
import { db } from "../index";
import { atomically } from "../write";
import { comments } from "../tables";
import { getCommentDepth } from "./comments";
import { enqueueReplyNotice } from "./notifications";

export type DeskReplyResult =
  { ok: true; id: number; articleId: number } | { ok: false; reason: "gone" | "notApproved" | "tooDeep" };

/**
 * The newsroom's reply to a reader's comment: approved at once and marked as from the desk.
 * Only under an approved, live comment, and not deeper than readers may reply (two levels).
 */
export async function createDeskReply({
  parentId,
  userId,
  body,
  now = Date.now(),
}: {
  parentId: number;
  userId: number;
  body: string;
  now?: number;
}): Promise<DeskReplyResult> {
  return atomically(async () => {
    const parent = (await db.select().from(comments).where(eq(comments.id, parentId)).limit(1))[0];
    if (!parent || parent.deletedAt !== null) return { ok: false, reason: "gone" } as const;
    if (parent.status !== "approved") return { ok: false, reason: "notApproved" } as const;
    if ((await getCommentDepth(parentId)) >= 2) return { ok: false, reason: "tooDeep" } as const;
    const [row] = await db
      .insert(comments)
      .values({
        articleId: parent.articleId,
        userId,
        parentId,
        body,
        status: "approved",
        heldReason: null,
        fromDesk: true,
        createdAt: now,
      })
      .returning({ id: comments.id });
    await enqueueReplyNotice(db, row.id, now);
    return { ok: true, id: row.id, articleId: parent.articleId } as const;
  });
}
