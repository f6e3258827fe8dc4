import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createComment } from "@/db/queries/comments";
import { createDeskReply } from "@/db/queries/desk-replies";
import { moderateComments } from "@/db/queries/moderation-actions";
import { getMailPreferences, setMailPreferences, unsubscribe } from "@/db/queries/notifications";
import { addComment, notificationFixtures, outbox, sqlite } from "../helpers/notification-fixtures";

let f: Awaited<ReturnType<typeof notificationFixtures>>;

beforeAll(async () => {
  f = await notificationFixtures();
});

beforeEach(() => {
  sqlite().exec("delete from notification_outbox; delete from mail_preferences; update users set banned_until = null");
});

const queued = () => outbox().map((row) => ({ to: row.user_id, kind: row.kind, comment: row.comment_id }));

describe("mail queued by the moderation desk", () => {
  it("an approval queues 'your comment was approved' for the author, in the approval's own transaction", async () => {
    const id = addComment(f.enStory, f.asha);
    await moderateComments([id], "approve", f.moderator);
    expect(queued()).toEqual([{ to: f.asha, kind: "comment-approved", comment: id }]);
    expect(outbox()[0]).toMatchObject({ state: "pending", attempts: 0, last_error: null });
  });

  it("an approval whose mail cannot be queued is not saved either: both land together or not at all", async () => {
    const id = addComment(f.enStory, f.asha);
    sqlite().exec(
      "create trigger outbox_refuses before insert on notification_outbox begin select raise(abort, 'outbox refused'); end",
    );
    try {
      await expect(moderateComments([id], "approve", f.moderator)).rejects.toThrow("outbox refused");
    } finally {
      sqlite().exec("drop trigger outbox_refuses");
    }
    expect(sqlite().prepare("select status from comments where id = ?").get(id)).toEqual({ status: "pending" });
    expect(queued()).toEqual([]);
  });

  it("approving a reply tells the parent's author too, and featuring counts as approving", async () => {
    const parent = addComment(f.enStory, f.asha, "approved");
    const reply = addComment(f.enStory, f.bharat, "pending", parent);
    await moderateComments([reply], "feature", f.moderator);
    expect(queued()).toEqual([
      { to: f.bharat, kind: "comment-approved", comment: reply },
      { to: f.asha, kind: "comment-reply", comment: reply },
    ]);
  });

  it("a reply to one's own comment mails nobody about a reply", async () => {
    const parent = addComment(f.enStory, f.asha, "approved");
    const reply = addComment(f.enStory, f.asha, "pending", parent);
    await moderateComments([reply], "approve", f.moderator);
    expect(queued()).toEqual([{ to: f.asha, kind: "comment-approved", comment: reply }]);
  });

  it("rejected, spam and deleted replies mail nobody; a reply under a deleted comment neither", async () => {
    const parent = addComment(f.enStory, f.asha, "approved");
    const replies = [1, 2, 3].map(() => addComment(f.enStory, f.bharat, "pending", parent));
    await moderateComments([replies[0]], "reject", f.moderator);
    await moderateComments([replies[1]], "spam", f.moderator);
    await moderateComments([replies[2]], "delete", f.moderator);
    expect(queued()).toEqual([]);
    const gone = addComment(f.enStory, f.asha, "approved");
    sqlite().prepare("update comments set deleted_at = ? where id = ?").run(Date.now(), gone);
    const orphan = addComment(f.enStory, f.bharat, "pending", gone);
    await moderateComments([orphan], "approve", f.moderator);
    expect(queued()).toEqual([{ to: f.bharat, kind: "comment-approved", comment: orphan }]);
  });

  it("a comment approved, rejected and approved again mails once; re-approving an approved one mails nothing", async () => {
    const id = addComment(f.enStory, f.asha);
    await moderateComments([id], "approve", f.moderator);
    await moderateComments([id], "reject", f.moderator);
    await moderateComments([id], "approve", f.moderator);
    await moderateComments([id], "approve", f.moderator);
    expect(queued()).toHaveLength(1);
  });

  it("a moderator approving their own comment is not mailed about it", async () => {
    const id = addComment(f.enStory, f.moderator);
    await moderateComments([id], "approve", f.moderator);
    expect(queued()).toEqual([]);
  });

  it("a banned author gets no mail, and neither does a parent author who is banned", async () => {
    sqlite()
      .prepare("update users set banned_until = ? where id = ?")
      .run(Date.now() + 86_400_000, f.asha);
    const parent = addComment(f.enStory, f.asha, "approved");
    const own = addComment(f.enStory, f.asha);
    const reply = addComment(f.enStory, f.bharat, "pending", parent);
    await moderateComments([own, reply], "approve", f.moderator);
    expect(queued()).toEqual([{ to: f.bharat, kind: "comment-approved", comment: reply }]);
  });

  it("each switch is respected on its own", async () => {
    await setMailPreferences(f.asha, { commentApproved: false });
    await setMailPreferences(f.bharat, { commentReply: false });
    const ashaTop = addComment(f.enStory, f.asha, "approved");
    const bharatTop = addComment(f.enStory, f.bharat, "approved");
    const ashaReply = addComment(f.enStory, f.asha, "pending", bharatTop);
    const bharatReply = addComment(f.enStory, f.bharat, "pending", ashaTop);
    await moderateComments([ashaReply, bharatReply], "approve", f.moderator);
    expect(queued()).toEqual([
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
    const parent = addComment(f.enStory, f.asha, "approved");
    const reply = await post(f.bharat, "approved", parent);
    await post(f.bharat, "approved", null);
    expect(queued()).toEqual([{ to: f.asha, kind: "comment-reply", comment: reply }]);
  });

  it("a held reply waits for its approval before anyone is mailed", async () => {
    const parent = addComment(f.enStory, f.asha, "approved");
    const reply = await post(f.chetan, "pending", parent);
    expect(queued()).toEqual([]);
    await moderateComments([reply], "approve", f.moderator);
    expect(queued().map((q) => q.kind)).toEqual(["comment-approved", "comment-reply"]);
  });

  it("a reply from the desk tells the reader", async () => {
    const parent = addComment(f.enStory, f.asha, "approved");
    const result = await createDeskReply({ parentId: parent, userId: f.moderator, body: "Thank you, corrected." });
    expect(result.ok && queued()).toEqual([{ to: f.asha, kind: "comment-reply", comment: result.ok ? result.id : 0 }]);
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
