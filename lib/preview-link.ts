import { createHmac, timingSafeEqual } from "node:crypto";

// A preview link carries the article id and its expiry, signed with AUTH_SECRET: whoever holds
// it may read that one story until then, without an account. Nothing is stored, so a link
// cannot be revoked early; the lifetime is kept short for that reason.
export const previewLinkMs = 48 * 3_600_000;

export type PreviewCheck =
  { ok: true; articleId: number; expiresAt: number } | { ok: false; reason: "invalid" | "expired" };

const tokenPattern = /^([1-9]\d{0,9})\.(\d{13,15})\.([A-Za-z0-9_-]{43})$/;

function mac(articleId: number, expiresAt: number, secret: string): Buffer {
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`article-preview:${articleId}:${expiresAt}`).digest();
}

export function signPreviewToken(articleId: number, expiresAt: number, secret: string): string {
  return `${articleId}.${expiresAt}.${mac(articleId, expiresAt, secret).toString("base64url")}`;
}

/** The signature is checked before the expiry, so a forged time is "invalid", never "expired". */
export function verifyPreviewToken(token: unknown, secret: string, now = Date.now()): PreviewCheck {
  const match = typeof token === "string" ? tokenPattern.exec(token) : null;
  if (!match) return { ok: false, reason: "invalid" };
  const articleId = Number(match[1]);
  const expiresAt = Number(match[2]);
  const given = Buffer.from(match[3], "base64url");
  const expected = mac(articleId, expiresAt, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  if (expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, articleId, expiresAt };
}

/** The token's own claim of its expiry, unverified: only to word a refusal. */
export function claimedExpiry(token: string): number | null {
  const match = tokenPattern.exec(token);
  return match ? Number(match[2]) : null;
}

export const previewPath = (edition: string, token: string) => `/${edition}/preview/${token}`;

/** A fresh link for the article, valid `previewLinkMs` from now. */
export function makePreviewLink(
  articleId: number,
  edition: string,
  secret: string,
  now = Date.now(),
): { path: string; expiresAt: number } {
  const expiresAt = now + previewLinkMs;
  return { path: previewPath(edition, signPreviewToken(articleId, expiresAt, secret)), expiresAt };
}
