import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// A signed "form shown at" time: a bot that posts the sign-up form at once, or
// invents a time, is refused; a person needs more than a few seconds to fill it in.
export const formStampLimits = { minMs: 3_000, maxMs: 24 * 3_600_000 } as const;

/**
 * The least time a form must have been on screen: FORM_STAMP_MIN_SECONDS (0–60), else 3 s.
 * Password managers fill a form in well under that; 0 turns this check off (the honeypot stays).
 */
export function formStampMinMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.FORM_STAMP_MIN_SECONDS?.trim();
  const seconds = raw ? Number(raw) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= 60 ? Math.round(seconds * 1000) : formStampLimits.minMs;
}

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
  if (age < formStampMinMs()) return "too-fast";
  return age > formStampLimits.maxMs ? "invalid" : "ok";
}
