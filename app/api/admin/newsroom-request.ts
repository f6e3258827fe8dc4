import "server-only";
import type { SessionUser } from "@/auth/access";
import { checkCaller } from "@/auth/session";

const maxBody = 400_000;

/** Private JSON: never stored by a browser or a proxy. */
export function privateJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
}

/**
 * The editor calling a newsroom route, or the answer refusing them: signed out 401, not newsroom 403,
 * a request sent from another site 403 (the session cookie alone must not be enough).
 */
export async function newsroomRequest(request: Request): Promise<SessionUser | Response> {
  const access = await checkCaller("editor");
  if (!access.ok) return privateJson({ error: access.reason }, access.reason === "signed-out" ? 401 : 403);
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if (
    (origin &&
      origin !== new URL(request.url).origin &&
      origin !== `${request.headers.get("x-forwarded-proto") ?? "http"}://${request.headers.get("host")}`) ||
    (site && site !== "same-origin")
  ) {
    return privateJson({ error: "cross-site" }, 403);
  }
  return access.user;
}

/** The request's JSON, or undefined when it is too large or not JSON (the caller's zod parse then refuses it). */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > maxBody) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
