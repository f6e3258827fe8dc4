import { randomBytes } from "node:crypto";
import { getUserByEmail } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { isBanned } from "./access";
import { credentialsSchema, limits } from "./account-rules";
import { hashPassword, verifyPassword } from "./password";
import { loginBlock, recordLoginAttempt } from "./throttle";

export type CredentialsCheck = { ok: true; user: User } | { ok: false; reason: "invalid" | "throttled" | "banned" };

// Unknown emails are checked against a throwaway hash, so they take as long as wrong passwords.
let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString("hex")));

/** The sign-in decision: throttle first (even a right password is refused while paused), then the password. */
export async function checkCredentials(input: unknown, address: string, now = Date.now()): Promise<CredentialsCheck> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    const typed = (input as { email?: unknown } | null)?.email;
    recordLoginAttempt(typeof typed === "string" ? typed.slice(0, limits.email) : "", address, false, now);
    return { ok: false, reason: "invalid" };
  }
  const { email, password } = parsed.data;
  if (loginBlock(email, address, now)) return { ok: false, reason: "throttled" };
  const user = getUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  recordLoginAttempt(email, address, Boolean(user && valid), now);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  if (isBanned(user, now)) return { ok: false, reason: "banned" };
  return { ok: true, user };
}
