import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/auth/password";

describe("passwords", () => {
  it("are stored as argon2id hashes, never in plain text", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(stored).not.toContain("correct horse");
  });

  it("verify only the password they were made from", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "correct horse battery stapler")).toBe(false);
    expect(await verifyPassword(stored, "")).toBe(false);
  });

  it("salt each hash, so equal passwords give different hashes", async () => {
    expect(await hashPassword("same-password")).not.toBe(await hashPassword("same-password"));
  });

  it("count every byte, even past bcrypt's 72-byte limit", async () => {
    const prefix = "x".repeat(72);
    const first = `${prefix}AAAAAAAA`;
    const second = `${prefix}BBBBBBBB`;
    expect(first).toHaveLength(80);
    const stored = await hashPassword(first);
    expect(await verifyPassword(stored, first)).toBe(true);
    expect(await verifyPassword(stored, second)).toBe(false);
  });

  it("accept Gujarati passwords", async () => {
    const stored = await hashPassword("મારો-ગુપ્ત-શબ્દ");
    expect(await verifyPassword(stored, "મારો-ગુપ્ત-શબ્દ")).toBe(true);
    expect(await verifyPassword(stored, "મારો-ગુપ્ત-શબ્")).toBe(false);
  });

  it("reject malformed or foreign hashes instead of throwing", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(await verifyPassword("$2b$10$abcdefghijklmnopqrstuv", "anything")).toBe(false);
    expect(await verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$broken", "anything")).toBe(false);
  });
});
