import "server-only";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { getUserByEmail } from "@/db/queries/users";
import { tryWrite } from "@/db/write";
import type { User } from "@/db/schema";
import { isBanned } from "./access";
import { credentialsSchema, limits } from "@/lib/account-rules";
import { hashPassword, verifyPassword } from "./password";
import { loginBlock, loginPauseMs, recordLoginAttempt } from "./throttle";

export type CredentialsCheck =
  { ok: true; user: User } | { ok: false; reason: "invalid" | "throttled" | "banned" | "unavailable" };

// Unknown emails are checked against a throwaway hash, so they take as long as wrong passwords.
let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString("hex")));

/** The sign-in decision: throttle first (even a right password is refused while paused), then the password. */
export async function checkCredentials(input: unknown, address: string, now = Date.now()): Promise<CredentialsCheck> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    const typed = (input as { email?: unknown } | null)?.email;
    const recorded = await tryWrite(() =>
      recordLoginAttempt(typeof typed === "string" ? typed.slice(0, limits.email) : "", address, false, now),
    );
    return { ok: false, reason: recorded.ok ? "invalid" : "unavailable" };
  }
  const { email, password } = parsed.data;
  if (await loginBlock(email, address, now)) return { ok: false, reason: "throttled" };
  const pause = await loginPauseMs(address, now);
  if (pause > 0) await sleep(pause);
  const user = await getUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  // An attempt that cannot be counted is refused: otherwise a full or read-only database would lift the limits.
  if (!(await tryWrite(() => recordLoginAttempt(email, address, Boolean(user && valid), now))).ok)
    return { ok: false, reason: "unavailable" };
  if (!user || !valid) return { ok: false, reason: "invalid" };
  if (isBanned(user, now)) return { ok: false, reason: "banned" };
  return { ok: true, user };
}
