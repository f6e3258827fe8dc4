import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "../index";
import { type Role, roles, type User, users } from "../schema";

export function getUserById(id: number): User | null {
  return db.select().from(users).where(eq(users.id, id)).get() ?? null;
}

/** `email` must already be normalised (trimmed, lower case). */
export function getUserByEmail(email: string): User | null {
  return db.select().from(users).where(eq(users.email, email)).get() ?? null;
}

/** `.all()`, not `.get()`: get() on INSERT … RETURNING reports the row even when the commit fails. */
export function createUser(values: { email: string; name: string; passwordHash: string | null; role?: Role }): User {
  return db
    .insert(users)
    .values({ role: "commenter", ...values })
    .returning()
    .all()[0];
}

export function updateUserName(id: number, name: string): void {
  db.update(users).set({ name }).where(eq(users.id, id)).run();
}

/** A new password ends every existing session of the account. */
export function updateUserPassword(id: number, passwordHash: string): void {
  db.update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id))
    .run();
}

export function setKeyboardShortcuts(id: number, keyboardShortcuts: boolean): void {
  db.update(users).set({ keyboardShortcuts }).where(eq(users.id, id)).run();
}

/** Ends every existing session of the account: tokens carrying the old version are refused. */
export function bumpSessionVersion(id: number): void {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id))
    .run();
}

/** A demotion also ends the account's sessions; a promotion takes effect at once without one. */
export function setUserRole(id: number, role: Role): void {
  const user = getUserById(id);
  if (!user) return;
  const demoted = roles.indexOf(role) < roles.indexOf(user.role);
  db.update(users)
    .set({ role, ...(demoted ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
    .where(eq(users.id, id))
    .run();
}

/** Bans until `until` (ms since the epoch), ending every session; `null` lifts the ban. */
export function setUserBan(id: number, until: number | null): void {
  db.update(users)
    .set({ bannedUntil: until, ...(until === null ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }) })
    .where(eq(users.id, id))
    .run();
}
