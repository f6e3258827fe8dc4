import "server-only";
import { forbidden, notFound } from "next/navigation";
import { actionsFor } from "@/auth/action";
import { refusalMessage } from "@/auth/access";
import { fieldErrors, type FormState } from "@/lib/form-state";
import { getAdminDictionary } from "./admin-language";

// Every newsroom action is built here: the caller is checked first (a commenter or a stranger
// posting an action id gets the refusal sentence, or a 403, and nothing is written), and answers
// are in the newsroom's language.

const formAnswers = {
  context: getAdminDictionary,
  refused: (
    { lang }: Awaited<ReturnType<typeof getAdminDictionary>>,
    reason: Parameters<typeof refusalMessage>[1],
  ): FormState => ({ message: refusalMessage(lang, reason) }),
  invalid: (
    { dict }: Awaited<ReturnType<typeof getAdminDictionary>>,
    error: Parameters<typeof fieldErrors>[0] | null,
  ): FormState =>
    error
      ? { message: dict.admin.form.fixErrors, errors: fieldErrors(error, dict.admin.errors) }
      : { message: dict.moderation.invalid },
};

/** Newsroom forms editors and admins may send. */
export const editorAction = actionsFor({ who: "editor", ...formAnswers });

/** Newsroom forms for admins only (people, sections, settings). */
export const adminAction = actionsFor({ who: "admin", ...formAnswers });

/** Newsroom buttons that answer with a page: a refused caller gets the 403 page, a malformed form the 404. */
export const editorButton = actionsFor<"editor", null, void>({
  who: "editor",
  context: () => null,
  refused: () => forbidden(),
  invalid: () => notFound(),
});
