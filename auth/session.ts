import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import type { Role } from "@/db/schema";
import { type Access, grant, readClaims, resolveSession, type SessionState, type SessionUser } from "./access";

/** Read once per request: the session cookie, then the account's row. */
export const getSessionState = cache(async (): Promise<SessionState> => resolveSession(readClaims(await auth())));

/** The signed-in person, or null when signed out, signed out elsewhere (stale session version), deleted or banned. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const state = await getSessionState();
  return state.status === "active" ? state.user : null;
});

/** The caller's access for `role`, as a value: what the action wrapper and route handlers use. */
export async function checkCaller(role: Role): Promise<Access> {
  return grant(await getSessionState(), role);
}

// For code with no form to answer: button-only actions, route handlers and pages that end the
// request with a 403 (app/admin/forbidden.tsx). Form actions use auth/action.ts instead, which
// answers a refusal with a sentence in the form.
async function requireRole(role: Role): Promise<SessionUser> {
  const access = await checkCaller(role);
  if (!access.ok) forbidden();
  return access.user;
}

export const requireCommenter = () => requireRole("commenter");
export const requireEditor = () => requireRole("editor");
export const requireAdmin = () => requireRole("admin");
