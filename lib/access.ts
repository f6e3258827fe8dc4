import { bumpSessionVersion, getUserById } from "@/db/queries/users";
import { write } from "@/db/write";
import type { Edition, Role, User } from "@/db/schema";
import { getDictionary } from "./i18n";

export type SessionUser = { id: number; name: string; email: string; role: Role; trusted: boolean };

/** What the session token carries: the account id and the session version it was issued for. */
export type SessionClaims = { uid: number; sv: number };

export type SessionState =
  | { status: "signed-out" }
  | { status: "banned"; until: number }
  | { status: "active"; user: SessionUser };

export function isBanned(user: Pick<User, "bannedUntil">, now = Date.now()): boolean {
  return user.bannedUntil !== null && user.bannedUntil > now;
}

/** The token is only a pointer: who the person is, their role and ban come from the database on every request. */
export function resolveSession(claims: SessionClaims | null, now = Date.now()): SessionState {
  if (!claims) return { status: "signed-out" };
  const row = getUserById(claims.uid);
  if (!row || row.sessionVersion !== claims.sv) return { status: "signed-out" };
  if (isBanned(row, now)) return { status: "banned", until: row.bannedUntil! };
  const { id, name, email, role, trusted } = row;
  return { status: "active", user: { id, name, email, role, trusted } };
}

/** The claims a new session token gets at sign-in, or null if the account is gone. */
export function issueClaims(userId: number): SessionClaims | null {
  const row = getUserById(userId);
  return row ? { uid: row.id, sv: row.sessionVersion } : null;
}

/** Sign-out: if the token is still current, every copy of it (and of any other session of the account) stops working. */
export async function revokeSessions(claims: SessionClaims | null): Promise<void> {
  const row = claims ? getUserById(claims.uid) : null;
  if (row && row.sessionVersion === claims!.sv) await write(() => bumpSessionVersion(row.id));
}

/** The claims inside a decoded token or session object, if it has well-formed ones. */
export function readClaims(value: unknown): SessionClaims | null {
  const claims = value as { uid?: unknown; sv?: unknown } | null;
  if (!claims || !Number.isInteger(claims.uid) || !Number.isInteger(claims.sv)) return null;
  return { uid: claims.uid as number, sv: claims.sv as number };
}

export type AccessDeniedReason = "signed-out" | "banned" | "forbidden";

/** Thrown by requireCommenter/requireEditor/requireAdmin; actions catch it and return `accessDenied(lang, error)`. */
export class AccessDeniedError extends Error {
  constructor(readonly reason: AccessDeniedReason) {
    super(`Access denied: ${reason}`);
    this.name = "AccessDeniedError";
  }
}

const rank: Record<Role, number> = { commenter: 0, editor: 1, admin: 2 };

/** The active user if their role is at least `role`; throws AccessDeniedError otherwise. */
export function grant(state: SessionState, role: Role): SessionUser {
  if (state.status === "signed-out") throw new AccessDeniedError("signed-out");
  if (state.status === "banned") throw new AccessDeniedError("banned");
  if (rank[state.user.role] < rank[role]) throw new AccessDeniedError("forbidden");
  return state.user;
}

/** The translated sentence for a refusal. */
export function accessDenied(lang: Edition, error?: AccessDeniedError): string {
  const messages = getDictionary(lang).account.accessDenied;
  if (error?.reason === "banned") return messages.banned;
  if (error?.reason === "forbidden") return messages.forbidden;
  return messages.signedOut;
}
