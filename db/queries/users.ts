import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "../index";
import { type Role, roles, type User } from "../schema";
import { users } from "../tables";

export async function getUserById(id: number): Promise<User | null> {
  return (await db.select().from(users).where(eq(users.id, id)).limit(1))[0] ?? null;
}

/** `email` must already be normalised (trimmed, lower case). */
export async function getUserByEmail(email: string): Promise<User | null> {
  return (await db.select().from(users).where(eq(users.email, email)).limit(1))[0] ?? null;
}

/** `.all()`, not `.get()`: get() on INSERT … RETURNING reports the row even when the commit fails. */
export async function createUser(values: {
  email: string;
  name: string;
  passwordHash: string | null;
  role?: Role;
}): Promise<User> {
  return (
    await db
      .insert(users)
      .values({ role: "commenter", ...values })
      .returning()
  )[0];
}

export async function updateUserName(id: number, name: string): Promise<void> {
  await db.update(users).set({ name }).where(eq(users.id, id));
}

/** A new password ends every existing session of the account. */
export async function updateUserPassword(id: number, passwordHash: string): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id));
}

export async function setKeyboardShortcuts(id: number, keyboardShortcuts: boolean): Promise<void> {
  await db.update(users).set({ keyboardShortcuts }).where(eq(users.id, id));
}

/** Ends every existing session of the account: tokens carrying the old version are refused. */
export async function bumpSessionVersion(id: number): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id));
}

/** A demotion also ends the account's sessions; a promotion takes effect at once without one. */
export async function setUserRole(id: number, role: Role): Promise<void> {
  const user = await getUserById(id);
  if (!user) return;
  const demoted = roles.indexOf(role) < roles.indexOf(user.role);
  await db
    .update(users)
    .set({ role, ...(demoted ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
    .where(eq(users.id, id));
}

/** Bans until `until` (ms since the epoch), ending every session; `null` lifts the ban. */
export async function setUserBan(id: number, until: number | null): Promise<void> {
  await db
    .update(users)
    .set({ bannedUntil: until, ...(until === null ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }) })
    .where(eq(users.id, id));
}
