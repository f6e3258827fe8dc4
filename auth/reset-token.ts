import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const resetTokenLifetimeMs = 3_600_000;

/** The token goes in the mail; only its hash is stored. */
export function newResetToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashResetToken(token) };
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
