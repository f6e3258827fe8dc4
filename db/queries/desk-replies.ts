import "server-only";
import { eq } from "drizzle-orm";
import { db } from "../index";
import { comments } from "../schema";
import { getCommentDepth } from "./comments";
import { enqueueReplyNotice } from "./notifications";

export type DeskReplyResult =
  { ok: true; id: number; articleId: number } | { ok: false; reason: "gone" | "notApproved" | "tooDeep" };

/**
 * The newsroom's reply to a reader's comment: approved at once and marked as from the desk.
 * Only under an approved, live comment, and not deeper than readers may reply (two levels).
 */
export function createDeskReply({
  parentId,
  userId,
  body,
  now = Date.now(),
}: {
  parentId: number;
  userId: number;
  body: string;
  now?: number;
}): DeskReplyResult {
  return db.transaction((tx) => {
    const parent = tx.select().from(comments).where(eq(comments.id, parentId)).get();
    if (!parent || parent.deletedAt !== null) return { ok: false, reason: "gone" } as const;
    if (parent.status !== "approved") return { ok: false, reason: "notApproved" } as const;
    if (getCommentDepth(parentId) >= 2) return { ok: false, reason: "tooDeep" } as const;
    const [row] = tx
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
      .returning({ id: comments.id })
      .all();
    enqueueReplyNotice(tx, row.id, now);
    return { ok: true, id: row.id, articleId: parent.articleId } as const;
  });
}
