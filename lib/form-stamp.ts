import { createHmac, timingSafeEqual } from "node:crypto";

// A signed "form shown at" time: a bot that posts the sign-up form at once, or
// invents a time, is refused; a person needs more than a few seconds to fill it in.
export const formStampLimits = { minMs: 3_000, maxMs: 24 * 3_600_000 } as const;

function signature(time: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`form-stamp:${time}`).digest();
}

export function issueFormStamp(now = Date.now()): string {
  const time = String(now);
  return `${time}.${signature(time).toString("base64url")}`;
}

export function checkFormStamp(stamp: unknown, now = Date.now()): "ok" | "too-fast" | "invalid" {
  if (typeof stamp !== "string" || stamp.length > 100) return "invalid";
  const [time, mac] = stamp.split(".");
  if (!/^\d{1,15}$/.test(time ?? "") || !mac) return "invalid";
  const given = Buffer.from(mac, "base64url");
  const expected = signature(time);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  const age = now - Number(time);
  if (age < formStampLimits.minMs) return "too-fast";
  return age > formStampLimits.maxMs ? "invalid" : "ok";
}
