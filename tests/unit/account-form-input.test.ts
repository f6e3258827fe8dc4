import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/app/(site)/[lang]/(account)/schema";
import { safeNextPath } from "@/lib/account-paths";

describe("sign-up rules", () => {
  const valid = { name: "  Asha Shah ", email: " Asha@Example.COM ", password: "eight ch" };
  const errorsOf = (input: object) => {
    const result = signUpSchema.safeParse({ ...valid, ...input });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
  };

  it("trims the name, normalises the email and keeps the password exactly as typed", () => {
    expect(signUpSchema.parse(valid)).toEqual({ name: "Asha Shah", email: "asha@example.com", password: "eight ch" });
  });

  it("needs at least 8 characters, counting Gujarati letters as characters, and allows long passphrases", () => {
    expect(errorsOf({ password: "seven c" })).toEqual({ password: "passwordTooShort" });
    expect(errorsOf({ password: "" })).toEqual({ password: "required" });
    expect(errorsOf({ password: "કખગઘચછજઝ" })).toEqual({});
    expect(errorsOf({ password: "correct horse battery staple ".repeat(30) })).toEqual({});
    expect(errorsOf({ password: "x".repeat(1025) })).toEqual({ password: "passwordTooLong" });
  });

  it("refuses empty, oversized and disguised input with a reason per field", () => {
    expect(errorsOf({ name: "   ", email: "" })).toEqual({ name: "required", email: "required" });
    expect(errorsOf({ name: "x".repeat(1024 * 1024) })).toEqual({ name: "nameTooLong" });
    expect(errorsOf({ email: `${"a".repeat(250)}@example.com` })).toEqual({ email: "emailTooLong" });
    expect(errorsOf({ email: "not-an-email" })).toEqual({ email: "emailInvalid" });
    expect(errorsOf({ email: "a@b.c'; drop table users;--" })).toEqual({ email: "emailInvalid" });
    expect(errorsOf({ name: "admin\u202Enimda" })).toEqual({ name: "nameInvalid" });
    expect(errorsOf({ name: "line\nbreak" })).toEqual({ name: "nameInvalid" });
    expect(errorsOf({ name: ["array"] })).toEqual({ name: "required" });
  });

  it("accepts Gujarati names, joiners included, and HTML-looking names as plain text", () => {
    expect(errorsOf({ name: "રવિ જોશી" })).toEqual({});
    expect(errorsOf({ name: "ક્\u200Dષ" })).toEqual({});
    expect(errorsOf({ name: "<script>alert(1)</script>" })).toEqual({});
  });
});

describe("returning after an account page", () => {
  it("goes only to a path on this site", () => {
    expect(safeNextPath("/en/article/x?y=1#comments", "/en")).toBe("/en/article/x?y=1#comments");
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "en",
      "/en\n/x",
      ["/en"],
      undefined,
      "/" + "a".repeat(3000),
    ]) {
      expect(safeNextPath(bad, "/gu")).toBe("/gu");
    }
  });

  it("percent-encodes a raw Gujarati next path, so the redirect header stays valid, and leaves encoded ones alone", () => {
    expect(safeNextPath("/gu/article/મેટ્રો#comments", "/gu")).toBe(
      "/gu/article/%E0%AA%AE%E0%AB%87%E0%AA%9F%E0%AB%8D%E0%AA%B0%E0%AB%8B#comments",
    );
    expect(safeNextPath("/gu/article/%E0%AA%AE", "/gu")).toBe("/gu/article/%E0%AA%AE");
  });
});
