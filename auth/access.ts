import "server-only";
import { bumpSessionVersion, getUserById } from "@/db/queries/users";
import { write } from "@/db/write";
import type { Edition, Role, User } from "@/db/schema";
import { getDictionary } from "@/lib/i18n";

export type SessionUser = { id: number; name: string; email: string; role: Role; trusted: boolean };

/** What the session token carries: the account id and the session version it was issued for. */
export type SessionClaims = { uid: number; sv: number };

export type SessionState =
  { status: "signed-out" } | { status: "banned"; until: number } | { status: "active"; user: SessionUser };

/** Why a caller is turned away. */
export type Refusal = "signed-out" | "banned" | "forbidden";

/** The caller, or why they may not go on: a value, never an exception. */
export type Access = { ok: true; user: SessionUser } | { ok: false; reason: Refusal };

export function isBanned(user: Pick<User, "bannedUntil">, now = Date.now()): boolean {
  return user.bannedUntil !== null && user.bannedUntil > now;
}

/** The token is only a pointer: who the person is, their role and ban come from the database on every request. */
export async function resolveSession(claims: SessionClaims | null, now = Date.now()): Promise<SessionState> {
  if (!claims) return { status: "signed-out" };
  const row = await getUserById(claims.uid);
  if (!row) return { status: "signed-out" };
  // A ban also ends the person's sessions; their open tab is still told it is the ban, not "sign in".
  if (isBanned(row, now)) return { status: "banned", until: row.bannedUntil! };
  if (row.sessionVersion !== claims.sv) return { status: "signed-out" };
  const { id, name, email, role, trusted } = row;
  return { status: "active", user: { id, name, email, role, trusted } };
}

/** The claims a new session token gets at sign-in, or null if the account is gone. */
export async function issueClaims(userId: number): Promise<SessionClaims | null> {
  const row = await getUserById(userId);
  return row ? { uid: row.id, sv: row.sessionVersion } : null;
}

/** Sign-out: if the token is still current, every copy of it (and of any other session of the account) stops working. */
export async function revokeSessions(claims: SessionClaims | null): Promise<void> {
  const row = claims ? await getUserById(claims.uid) : null;
  if (row && row.sessionVersion === claims!.sv) await write(() => bumpSessionVersion(row.id));
}

/** The claims inside a decoded token or session object, if it has well-formed ones. */
export function readClaims(value: unknown): SessionClaims | null {
  const claims = value as { uid?: unknown; sv?: unknown } | null;
  if (!claims || !Number.isInteger(claims.uid) || !Number.isInteger(claims.sv)) return null;
  return { uid: claims.uid as number, sv: claims.sv as number };
}

const rank: Record<Role, number> = { commenter: 0, editor: 1, admin: 2 };

/** Whether this session may act with at least `role`. */
export function grant(state: SessionState, role: Role): Access {
  if (state.status === "signed-out") return { ok: false, reason: "signed-out" };
  if (state.status === "banned") return { ok: false, reason: "banned" };
  if (rank[state.user.role] < rank[role]) return { ok: false, reason: "forbidden" };
  return { ok: true, user: state.user };
}

/** The translated sentence for a refusal. */
export function refusalMessage(lang: Edition, reason: Refusal): string {
  const messages = getDictionary(lang).account.accessDenied;
  if (reason === "banned") return messages.banned;
  if (reason === "forbidden") return messages.forbidden;
  return messages.signedOut;
}
