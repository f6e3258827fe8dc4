import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { SessionUser } from "@/auth/access";
import { checkCaller } from "@/auth/session";
import { accountPaths } from "@/lib/account-paths";
import { getAdminLanguage } from "./admin-language";

/**
 * The first line of every newsroom page: the editor or admin reading it. A signed-out
 * visitor goes to sign in (and comes back to `path`); anyone else gets the 403 page.
 * Layouts are not a boundary (they are not re-run on navigation), so each page calls this.
 */
export async function newsroomPage(path: string, role: "editor" | "admin" = "editor"): Promise<SessionUser> {
  const access = await checkCaller(role);
  if (access.ok) return access.user;
  if (access.reason === "signed-out") redirect(accountPaths.signIn(await getAdminLanguage(), path));
  forbidden();
}
