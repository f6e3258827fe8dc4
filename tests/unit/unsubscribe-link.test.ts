import { describe, expect, it } from "vitest";
import { mailSettingsSchema } from "@/app/(site)/[lang]/(account)/mail-settings-schema";
import { notificationMail, quoteExcerpt } from "@/lib/notifications/mail-text";
import { unsubscribeSchema } from "@/lib/notifications/unsubscribe-schema";
import { signUnsubscribe, verifyUnsubscribe } from "@/lib/unsubscribe-token";

const secret = "one secret";

describe("an unsubscribe signature", () => {
  const sig = signUnsubscribe(42, "comment-reply", secret);

  it("is accepted for the person and kind of mail it was made for", () => {
    expect(verifyUnsubscribe(42, "comment-reply", sig, secret)).toBe(true);
  });

  it("is refused when tampered with, or used for another person, another kind of mail or under another secret", () => {
    const flipped = `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`;
    expect(verifyUnsubscribe(42, "comment-reply", flipped, secret)).toBe(false);
    expect(verifyUnsubscribe(43, "comment-reply", sig, secret)).toBe(false);
    expect(verifyUnsubscribe(42, "comment-approved", sig, secret)).toBe(false);
    expect(verifyUnsubscribe(42, "comment-reply", sig, "another secret")).toBe(false);
    expect(verifyUnsubscribe(42, "comment-reply", "", secret)).toBe(false);
    expect(verifyUnsubscribe(42, "comment-reply", sig.slice(0, 20), secret)).toBe(false);
  });

  it("cannot be made or checked without a secret", () => {
    expect(() => signUnsubscribe(42, "comment-reply", "")).toThrow("AUTH_SECRET");
  });
});

describe("an unsubscribe request", () => {
  const sig = signUnsubscribe(7, "comment-approved", secret);

  it("needs a positive person id, a known kind of mail and a well-formed signature", () => {
    expect(unsubscribeSchema.parse({ user: "7", kind: "comment-approved", sig })).toEqual({
      user: 7,
      kind: "comment-approved",
      sig,
    });
    for (const bad of [
      {},
      { user: "", kind: "comment-approved", sig },
      { user: "-1", kind: "comment-approved", sig },
      { user: "7.5", kind: "comment-approved", sig },
      { user: "1e400", kind: "comment-approved", sig },
      { user: "7", kind: "everything", sig },
      { user: "7", kind: "comment-approved", sig: `${sig}=` },
      { user: "7", kind: "comment-approved", sig: "<script>alert(1)</script>".padEnd(43, "x") },
      { user: ["7", "8"], kind: "comment-approved", sig },
    ])
      expect(unsubscribeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("on the account page takes only 'on' or nothing for each switch", () => {
    expect(mailSettingsSchema.parse({ commentApproved: "on" })).toEqual({ commentApproved: "on" });
    expect(mailSettingsSchema.safeParse({ commentReply: "yes please" }).success).toBe(false);
  });
});

describe("a notification mail", () => {
  const facts = {
    kind: "comment-reply" as const,
    userId: 9,
    to: "asha@example.test",
    readerName: "Asha",
    lang: "en" as const,
    articleSlug: "bus-routes",
    articleTitle: "New bus routes",
    commentId: 31,
    commentBody: "I agree.\nMostly.",
    replierName: "Bharat",
  };

  it("names the replier, quotes the reply and links to it on the story", () => {
    const mail = notificationMail(facts, "https://news.example", secret);
    expect(mail.subject).toBe("Bharat replied to your comment on “New bus routes”");
    expect(mail.text).toContain("> I agree.\n> Mostly.");
    expect(mail.text).toContain("https://news.example/en/article/bus-routes#comment-31");
    expect(mail.text).toContain("https://news.example/en/account");
  });

  it("carries a signed one-click unsubscribe for that person and kind (RFC 8058), also written in the text", () => {
    const mail = notificationMail(facts, "https://news.example", secret);
    const header = mail.headers!["List-Unsubscribe"].match(/^<(.+)>$/)![1];
    const url = new URL(header);
    expect(url.pathname).toBe("/api/unsubscribe");
    expect(
      verifyUnsubscribe(Number(url.searchParams.get("user")), "comment-reply", url.searchParams.get("sig")!, secret),
    ).toBe(true);
    expect(url.searchParams.get("user")).toBe("9");
    expect(mail.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(
      `https://news.example/en/unsubscribe?${url.searchParams.toString().replace("&lang=en", "")}`,
    );
  });

  it("is written in Gujarati for a story of the Gujarati edition", () => {
    const mail = notificationMail(
      { ...facts, kind: "comment-approved", lang: "gu", articleSlug: "બસ", articleTitle: "નવા બસ રૂટ" },
      "https://news.example",
      secret,
    );
    expect(mail.subject).toBe("“નવા બસ રૂટ” પરનો તમારો પ્રતિભાવ પ્રકાશિત થયો છે");
    expect(mail.text).toContain("નમસ્તે Asha");
    expect(mail.text).toContain(`https://news.example/gu/article/${encodeURIComponent("બસ")}#comment-31`);
  });

  it("quotes a long comment only in part, cut at a word", () => {
    const quoted = quoteExcerpt(`${"word ".repeat(100)}end`);
    expect(quoted.length).toBeLessThan(310);
    expect(quoted).toMatch(/^> word.*word…$/);
  });
});
