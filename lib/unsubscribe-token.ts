import { createHmac, timingSafeEqual } from "node:crypto";
import type { NotificationKind } from "@/db/schema";

// An unsubscribe link works without signing in, so it carries its own proof: an HMAC of the person
// and the kind of mail, keyed with AUTH_SECRET. It can only turn that one kind of mail off, so it
// need not expire; changing AUTH_SECRET voids every link already mailed.

function secretOrThrow(secret: string | undefined): string {
  if (!secret) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed");
  return secret;
}

function mac(userId: number, kind: NotificationKind, secret: string): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe\0${userId}\0${kind}`).digest();
}

export function signUnsubscribe(userId: number, kind: NotificationKind, secret = process.env.AUTH_SECRET): string {
  return mac(userId, kind, secretOrThrow(secret)).toString("base64url");
}

export function verifyUnsubscribe(
  userId: number,
  kind: NotificationKind,
  signature: string,
  secret = process.env.AUTH_SECRET,
): boolean {
  const expected = mac(userId, kind, secretOrThrow(secret));
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
