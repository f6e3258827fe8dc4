import { forbidden, redirect } from "next/navigation";
import { accountPaths } from "@/lib/account-paths";
import { AccessDeniedError, requireAdmin, requireEditor, type SessionUser } from "@/lib/session";
import { getAdminLanguage } from "./admin-language";

/**
 * The first line of every newsroom page: the editor or admin reading it. A signed-out
 * visitor goes to sign in (and comes back to `path`); anyone else gets the 403 page.
 * Layouts are not a boundary (they are not re-run on navigation), so each page calls this.
 */
export async function newsroomPage(path: string, role: "editor" | "admin" = "editor"): Promise<SessionUser> {
  try {
    return role === "admin" ? await requireAdmin() : await requireEditor();
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    if (error.reason === "signed-out") redirect(accountPaths.signIn(await getAdminLanguage(), path));
    forbidden();
  }
}

/** For server actions: the editor calling, or the refusal to answer with (actions return it rather than throw). */
export async function newsroomCaller(role: "editor" | "admin" = "editor"): Promise<SessionUser | AccessDeniedError> {
  try {
    return role === "admin" ? await requireAdmin() : await requireEditor();
  } catch (error) {
    if (error instanceof AccessDeniedError) return error;
    throw error;
  }
}
