import { describe, expect, it } from "vitest";
import { decideModeration } from "@/lib/comments/moderation";
import {
  commentsAutoClosed,
  countLinks,
  heldReasonCode,
  parseHeldReason,
  screenComment,
  type ScreenRules,
} from "@/lib/comments/screen";

// Gujarati words for the lists: "મૂર્ખ" (fool) is banned, "જુગાર" (gambling) is suspect.
const rules: ScreenRules = {
  bannedWords: ["scamword", "મૂર્ખ", "café", "buy followers"],
  suspectWords: ["lottery", "જુગાર", "casino*"],
  maxLinks: 2,
};
const zwj = "\u200d";
const zwnj = "\u200c";

describe("banned words reject a comment at once", () => {
  it("in English, whatever the case, as a whole word or phrase", () => {
    expect(screenComment("This is a SCAMWORD, clearly.", rules)).toEqual({
      verdict: "reject",
      reason: { kind: "banned-word", word: "scamword" },
    });
    expect(screenComment("Where can I   buy\nfollowers?", rules).verdict).toBe("reject");
    expect(screenComment("Scamwords and notscamword are other words.", rules).verdict).toBe("pass");
  });

  it("in Gujarati, even with a zero-width joiner or non-joiner inside the word", () => {
    expect(screenComment("તું તો મૂર્ખ છે", rules)).toEqual({
      verdict: "reject",
      reason: { kind: "banned-word", word: "મૂર્ખ" },
    });
    expect(screenComment(`તું તો મૂર્${zwj}ખ છે`, rules).verdict).toBe("reject");
    expect(screenComment(`તું તો મૂ${zwnj}ર્ખ છે`, rules).verdict).toBe("reject");
  });

  it("with other invisible characters: zero-width space, word joiner, BOM, soft hyphen", () => {
    for (const invisible of ["\u200b", "\u2060", "\ufeff", "\u00ad"]) {
      expect(screenComment(`scam${invisible}word`, rules).verdict).toBe("reject");
      expect(screenComment(`મૂ${invisible}ર્ખ`, rules).verdict).toBe("reject");
    }
  });

  it("whether the text or the list entry is in NFC or NFD, and with compatibility forms", () => {
    const nfd = "cafe\u0301";
    expect(nfd).not.toBe("café");
    expect(screenComment(`Meet me at the ${nfd}`, rules).verdict).toBe("reject");
    expect(screenComment("Meet me at the café", { ...rules, bannedWords: [nfd] }).verdict).toBe("reject");
    expect(screenComment(`મૂર્ખ`.normalize("NFD"), rules).verdict).toBe("reject");
    expect(screenComment("ＳＣＡＭＷＯＲＤ in full width", rules).verdict).toBe("reject");
  });

  it("does not match inside a longer Gujarati word unless the entry ends with *", () => {
    expect(screenComment("મૂર્ખતા", rules).verdict).toBe("pass");
    expect(screenComment("મૂર્ખતા", { ...rules, bannedWords: ["મૂર્ખ*"] }).verdict).toBe("reject");
  });
});

describe("suspect words and links hold a comment for a moderator", () => {
  it("holds a comment with a suspect word, naming the word", () => {
    expect(screenComment("Win the lottery today", rules)).toEqual({
      verdict: "hold",
      reason: { kind: "suspect-word", word: "lottery" },
    });
    expect(screenComment(`ઓનલાઈન જુ${zwj}ગાર રમો`, rules)).toEqual({
      verdict: "hold",
      reason: { kind: "suspect-word", word: "જુગાર" },
    });
    expect(screenComment("The casinos are open", rules).reason).toEqual({ kind: "suspect-word", word: "casino*" });
  });

  it("a banned word wins over a suspect word", () => {
    expect(screenComment("lottery scamword", rules).verdict).toBe("reject");
  });

  it("counts links and holds only above the limit", () => {
    expect(countLinks("see https://a.example and http://b.example/x?y=1 and www.c.example")).toBe(3);
    expect(screenComment("https://a.example https://b.example", rules).verdict).toBe("pass");
    expect(screenComment("https://a.example https://b.example https://c.example", rules)).toEqual({
      verdict: "hold",
      reason: { kind: "links", count: 3 },
    });
    expect(screenComment("one https://a.example", { ...rules, maxLinks: 0 }).verdict).toBe("hold");
  });

  it("passes ordinary comments in both languages", () => {
    expect(screenComment("A thoughtful comment about the budget.", rules)).toEqual({ verdict: "pass", reason: null });
    expect(screenComment("બજેટ વિશે સરસ લેખ.", rules)).toEqual({ verdict: "pass", reason: null });
  });
});

describe("the reason stored in comments.held_reason", () => {
  it("round-trips through its code", () => {
    for (const reason of [
      { kind: "links", count: 4 },
      { kind: "suspect-word", word: "જુગાર" },
      { kind: "banned-word", word: "a:b" },
    ] as const) {
      expect(parseHeldReason(heldReasonCode(reason))).toEqual(reason);
    }
    expect(parseHeldReason("new-author")).toEqual({ kind: "new-author" });
    expect(parseHeldReason("something else")).toEqual({ kind: "other", text: "something else" });
  });

  it("is what the posting rules record: rejected for a banned word, pending for a suspect one, even from a trusted author", () => {
    const trusted = { commentsOpen: true, banned: false, trusted: true, approvedCount: 10, trustThreshold: 3 };
    expect(decideModeration({ ...trusted, screen: screenComment("scamword", rules) })).toEqual({
      outcome: "rejected",
      heldReason: "banned-word:scamword",
    });
    expect(decideModeration({ ...trusted, screen: screenComment("lottery", rules) })).toEqual({
      outcome: "pending",
      heldReason: "suspect-word:lottery",
    });
    expect(decideModeration({ ...trusted, screen: screenComment("fine", rules) })).toEqual({ outcome: "approved" });
    expect(decideModeration({ ...trusted, commentsOpen: false, screen: screenComment("scamword", rules) })).toEqual({
      outcome: "refused",
      reason: "closed",
    });
  });
});

describe("comments close on their own", () => {
  const day = 86_400_000;
  it("N days after publication, never when N is 0", () => {
    const published = Date.UTC(2026, 0, 1);
    expect(commentsAutoClosed(published, 7, published + 7 * day - 1)).toBe(false);
    expect(commentsAutoClosed(published, 7, published + 7 * day)).toBe(true);
    expect(commentsAutoClosed(published, 0, published + 1000 * day)).toBe(false);
    expect(commentsAutoClosed(null, 7, published)).toBe(false);
  });
});
