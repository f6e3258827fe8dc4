import { describe, expect, it } from "vitest";
import { postCommentSchema, reportCommentSchema } from "@/app/(site)/[lang]/article/[slug]/schema";
import { commentDefaults, commentSettings } from "@/lib/comment-settings";
import { floodWaitSeconds, isDuplicate, isTooQuick, normaliseCommentText } from "@/lib/comments/flood";
import { initials } from "@/lib/comments/initials";
import { decideModeration, type ModerationInput } from "@/lib/comments/moderation";

const newcomer: ModerationInput = {
  commentsOpen: true,
  banned: false,
  trusted: false,
  approvedCount: 0,
  trustThreshold: 3,
};

describe("who gets published at once and who waits for a moderator", () => {
  it("holds a new commenter's comment for moderation as a new author", () => {
    expect(decideModeration(newcomer)).toEqual({ outcome: "pending", heldReason: "new-author" });
    expect(decideModeration({ ...newcomer, approvedCount: 2 })).toEqual({
      outcome: "pending",
      heldReason: "new-author",
    });
  });

  it("publishes at once for a trusted commenter, or one with enough approved comments", () => {
    expect(decideModeration({ ...newcomer, trusted: true })).toEqual({ outcome: "approved" });
    expect(decideModeration({ ...newcomer, approvedCount: 3 })).toEqual({ outcome: "approved" });
    expect(decideModeration({ ...newcomer, approvedCount: 1, trustThreshold: 1 })).toEqual({ outcome: "approved" });
  });

  it("refuses any comment on an article whose comments are closed, even from a trusted commenter", () => {
    expect(decideModeration({ ...newcomer, commentsOpen: false })).toEqual({ outcome: "refused", reason: "closed" });
    expect(decideModeration({ ...newcomer, commentsOpen: false, trusted: true })).toEqual({
      outcome: "refused",
      reason: "closed",
    });
  });

  it("refuses a banned commenter, however trusted", () => {
    expect(decideModeration({ ...newcomer, banned: true, trusted: true, approvedCount: 50 })).toEqual({
      outcome: "refused",
      reason: "banned",
    });
  });
});

describe("flood and duplicate control", () => {
  const now = 1_700_000_000_000;

  it("refuses a second comment within the flood window and says how long to wait", () => {
    expect(isTooQuick(now - 5_000, now, 15)).toBe(true);
    expect(floodWaitSeconds(now - 5_000, now, 15)).toBe(10);
    expect(floodWaitSeconds(now - 14_500, now, 15)).toBe(1);
  });

  it("lets a person comment again once the window has passed, or on their first comment", () => {
    expect(isTooQuick(now - 15_000, now, 15)).toBe(false);
    expect(isTooQuick(now - 60_000, now, 15)).toBe(false);
    expect(isTooQuick(null, now, 15)).toBe(false);
    expect(isTooQuick(now - 1_000, now, 0)).toBe(false);
  });

  it("treats the same text with different case, spacing or Unicode form as a duplicate", () => {
    expect(isDuplicate("Great  report!\n", ["great report!"])).toBe(true);
    expect(isDuplicate("ખૂબ સરસ  અહેવાલ", ["ખૂબ સરસ અહેવાલ"])).toBe(true);
    expect(isDuplicate("Cafe\u0301 prices", ["Café prices"])).toBe(true);
    expect(normaliseCommentText("  A\tB  ")).toBe("a b");
  });

  it("does not treat a different text as a duplicate", () => {
    expect(isDuplicate("Great report!", ["Great report?", "Another comment"])).toBe(false);
    expect(isDuplicate("Great report!", [])).toBe(false);
  });
});

describe("comment settings", () => {
  it("uses the documented defaults when nothing is configured", () => {
    expect(commentSettings({})).toEqual({ trustThreshold: 3, floodSeconds: 15, editMinutes: 15, maxLength: 5000 });
    expect(commentDefaults.maxLength).toBe(5000);
  });

  it("reads whole numbers from the environment and ignores nonsense", () => {
    expect(
      commentSettings({ COMMENT_TRUST_THRESHOLD: "5", COMMENT_FLOOD_SECONDS: "0", COMMENT_EDIT_MINUTES: "30" }),
    ).toMatchObject({
      trustThreshold: 5,
      floodSeconds: 0,
      editMinutes: 30,
    });
    expect(commentSettings({ COMMENT_FLOOD_SECONDS: "soon", COMMENT_EDIT_MINUTES: "-4" })).toMatchObject({
      floodSeconds: 15,
      editMinutes: 15,
    });
  });
});

describe("how a comment's author and time are shown", () => {
  it("makes avatar initials from the first and last names, keeping Gujarati letters whole", () => {
    expect(initials("Ravi Joshi")).toBe("RJ");
    expect(initials("nisha")).toBe("N");
    expect(initials("Asha  K. Mehta")).toBe("AM");
    expect(initials("રવિ જોશી")).toBe("રજો");
    expect(initials("ક્ષમા શ્રીવાસ્તવ")).toBe("ક્ષશ્રી");
    expect(initials("   ")).toBe("?");
  });
});

describe("what a comment form may send", () => {
  const place = { lang: "en", slug: "a-story" };
  const errorOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues[0]?.message;

  it("accepts 5,000 characters, counting a typed line break once, and keeps the text as typed", () => {
    const text = `${"a".repeat(2499)}\r\n${"b".repeat(2500)}`;
    const parsed = postCommentSchema.safeParse({ ...place, body: text, parentId: "" });
    expect(parsed.success && parsed.data).toEqual({ ...place, body: text.replace("\r\n", "\n"), parentId: undefined });
    expect(postCommentSchema.safeParse({ ...place, body: "  spaced  out  " }).data?.body).toBe("  spaced  out  ");
  });

  it("refuses an empty or oversized comment with a clear reason", () => {
    expect(errorOf(postCommentSchema.safeParse({ ...place, body: " \n\t " }))).toBe("required");
    expect(errorOf(postCommentSchema.safeParse({ ...place, body: "x".repeat(5001) }))).toBe("tooLong");
    expect(errorOf(postCommentSchema.safeParse({ ...place }))).toBe("required");
  });

  it("refuses a report without a known reason or with an overlong note", () => {
    expect(errorOf(reportCommentSchema.safeParse({ ...place, commentId: "3", reason: "boring" }))).toBe("chooseReason");
    expect(
      errorOf(reportCommentSchema.safeParse({ ...place, commentId: "3", reason: "spam", note: "n".repeat(501) })),
    ).toBe("noteTooLong");
    expect(
      reportCommentSchema.safeParse({ ...place, commentId: "3", reason: "off-topic", note: "" }).data,
    ).toMatchObject({ commentId: 3, note: undefined });
  });
});
