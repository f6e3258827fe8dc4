import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createComment } from "@/db/queries/comments";
import { createDeskReply } from "@/db/queries/desk-replies";
import { moderateComments } from "@/db/queries/moderation-actions";
import { getMailPreferences, setMailPreferences, unsubscribe } from "@/db/queries/notifications";
import { setUserBan } from "@/db/queries/users";
import { comments } from "@/db/tables";
import { db } from "@/db";
import { describeOnEngines } from "../helpers/engines";
import {
  addComment,
  clearMail,
  f,
  fillNotifications,
  outbox,
  refuseOutboxInserts,
  statusOf,
} from "../helpers/notification-fixtures";

const queued = async () => (await outbox()).map((row) => ({ to: row.userId, kind: row.kind, comment: row.commentId }));

describeOnEngines("mail notifications", fillNotifications, () => {
  beforeEach(clearMail);

  describe("mail queued by the moderation desk", () => {
    it("an approval queues 'your comment was approved' for the author, in the approval's own transaction", async () => {
      const id = await addComment(f.enStory, f.asha);
      await moderateComments([id], "approve", f.moderator);
      expect(await queued()).toEqual([{ to: f.asha, kind: "comment-approved", comment: id }]);
      expect((await outbox())[0]).toMatchObject({ state: "pending", attempts: 0, lastError: null });
    });

    it("an approval whose mail cannot be queued is not saved either: both land together or not at all", async () => {
      const id = await addComment(f.enStory, f.asha);
      const repair = await refuseOutboxInserts();
      try {
        // node-postgres's error reaches here as the cause of Drizzle's "Failed query" error.
        const failure = (await moderateComments([id], "approve", f.moderator).catch((error) => error)) as Error;
        expect(`${failure.message} ${(failure.cause as Error | undefined)?.message}`).toContain("outbox refused");
      } finally {
        await repair();
      }
      expect(await statusOf(id)).toBe("pending");
      expect(await queued()).toEqual([]);
    });

    it("approving a reply tells the parent's author too, and featuring counts as approving", async () => {
      const parent = await addComment(f.enStory, f.asha, "approved");
      const reply = await addComment(f.enStory, f.bharat, "pending", parent);
      await moderateComments([reply], "feature", f.moderator);
      expect(await queued()).toEqual([
        { to: f.bharat, kind: "comment-approved", comment: reply },
        { to: f.asha, kind: "comment-reply", comment: reply },
      ]);
    });

    it("a reply to one's own comment mails nobody about a reply", async () => {
      const parent = await addComment(f.enStory, f.asha, "approved");
      const reply = await addComment(f.enStory, f.asha, "pending", parent);
      await moderateComments([reply], "approve", f.moderator);
      expect(await queued()).toEqual([{ to: f.asha, kind: "comment-approved", comment: reply }]);
    });

    it("rejected, spam and deleted replies mail nobody; a reply under a deleted comment neither", async () => {
      const parent = await addComment(f.enStory, f.asha, "approved");
      const replies: number[] = [];
      for (let i = 0; i < 3; i++) replies.push(await addComment(f.enStory, f.bharat, "pending", parent));
      await moderateComments([replies[0]], "reject", f.moderator);
      await moderateComments([replies[1]], "spam", f.moderator);
      await moderateComments([replies[2]], "delete", f.moderator);
      expect(await queued()).toEqual([]);
      const gone = await addComment(f.enStory, f.asha, "approved");
      await db.update(comments).set({ deletedAt: Date.now() }).where(eq(comments.id, gone));
      const orphan = await addComment(f.enStory, f.bharat, "pending", gone);
      await moderateComments([orphan], "approve", f.moderator);
      expect(await queued()).toEqual([{ to: f.bharat, kind: "comment-approved", comment: orphan }]);
    });

    it("a comment approved, rejected and approved again mails once; re-approving an approved one mails nothing", async () => {
      const id = await addComment(f.enStory, f.asha);
      await moderateComments([id], "approve", f.moderator);
      await moderateComments([id], "reject", f.moderator);
      await moderateComments([id], "approve", f.moderator);
      await moderateComments([id], "approve", f.moderator);
      expect(await queued()).toHaveLength(1);
    });

    it("a moderator approving their own comment is not mailed about it", async () => {
      const id = await addComment(f.enStory, f.moderator);
      await moderateComments([id], "approve", f.moderator);
      expect(await queued()).toEqual([]);
    });

    it("a banned author gets no mail, and neither does a parent author who is banned", async () => {
      await setUserBan(f.asha, Date.now() + 86_400_000);
      const parent = await addComment(f.enStory, f.asha, "approved");
      const own = await addComment(f.enStory, f.asha);
      const reply = await addComment(f.enStory, f.bharat, "pending", parent);
      await moderateComments([own, reply], "approve", f.moderator);
      expect(await queued()).toEqual([{ to: f.bharat, kind: "comment-approved", comment: reply }]);
    });

    it("each switch is respected on its own", async () => {
      await setMailPreferences(f.asha, { commentApproved: false });
      await setMailPreferences(f.bharat, { commentReply: false });
      const ashaTop = await addComment(f.enStory, f.asha, "approved");
      const bharatTop = await addComment(f.enStory, f.bharat, "approved");
      const ashaReply = await addComment(f.enStory, f.asha, "pending", bharatTop);
      const bharatReply = await addComment(f.enStory, f.bharat, "pending", ashaTop);
      await moderateComments([ashaReply, bharatReply], "approve", f.moderator);
      expect(await queued()).toEqual([
        { to: f.bharat, kind: "comment-approved", comment: bharatReply },
        { to: f.asha, kind: "comment-reply", comment: bharatReply },
      ]);
    });
  });

  describe("mail queued for replies published at once", () => {
    const post = async (userId: number, status: "approved" | "pending", parentId: number | null) =>
      (
        await createComment({
          articleId: f.enStory,
          userId,
          parentId,
          body: `Reply ${Math.random()}`,
          status,
          heldReason: null,
          createdAt: Date.now(),
        })
      ).id;

    it("a trusted commenter's reply tells the parent's author at once; their own comment sends no approval mail", async () => {
      const parent = await addComment(f.enStory, f.asha, "approved");
      const reply = await post(f.bharat, "approved", parent);
      await post(f.bharat, "approved", null);
      expect(await queued()).toEqual([{ to: f.asha, kind: "comment-reply", comment: reply }]);
    });

    it("a held reply waits for its approval before anyone is mailed", async () => {
      const parent = await addComment(f.enStory, f.asha, "approved");
      const reply = await post(f.chetan, "pending", parent);
      expect(await queued()).toEqual([]);
      await moderateComments([reply], "approve", f.moderator);
      expect((await queued()).map((q) => q.kind)).toEqual(["comment-approved", "comment-reply"]);
    });

    it("a reply from the desk tells the reader", async () => {
      const parent = await addComment(f.enStory, f.asha, "approved");
      const result = await createDeskReply({ parentId: parent, userId: f.moderator, body: "Thank you, corrected." });
      expect(result.ok && (await queued())).toEqual([
        { to: f.asha, kind: "comment-reply", comment: result.ok ? result.id : 0 },
      ]);
    });
  });

  describe("mail choices", () => {
    it("are both on for someone who never chose, and each can be turned off and on again", async () => {
      expect(await getMailPreferences(f.chetan)).toEqual({ commentApproved: true, commentReply: true });
      await setMailPreferences(f.chetan, { commentApproved: false, commentReply: false });
      await setMailPreferences(f.chetan, { commentReply: true });
      expect(await getMailPreferences(f.chetan)).toEqual({ commentApproved: false, commentReply: true });
    });

    it("an unsubscribe turns off only its kind, and answers false for a person who no longer exists", async () => {
      expect(await unsubscribe(f.bharat, "comment-reply")).toBe(true);
      expect(await getMailPreferences(f.bharat)).toEqual({ commentApproved: true, commentReply: false });
      expect(await unsubscribe(999_999, "comment-reply")).toBe(false);
    });
  });
});
