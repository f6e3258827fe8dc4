import { cache } from "react";
import { auth } from "@/auth";
import type { Role } from "@/db/schema";
import { grant, readClaims, resolveSession, type SessionState, type SessionUser } from "./access";

export { AccessDeniedError, accessDenied, isBanned, type SessionUser } from "./access";

/** Read once per request: the session cookie, then the account's row. */
export const getSessionState = cache(async (): Promise<SessionState> => resolveSession(readClaims(await auth())));

/** The signed-in person, or null when signed out, signed out elsewhere (stale session version), deleted or banned. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const state = await getSessionState();
  return state.status === "active" ? state.user : null;
});

async function requireRole(role: Role): Promise<SessionUser> {
  return grant(await getSessionState(), role);
}

export const requireCommenter = () => requireRole("commenter");
export const requireEditor = () => requireRole("editor");
export const requireAdmin = () => requireRole("admin");
