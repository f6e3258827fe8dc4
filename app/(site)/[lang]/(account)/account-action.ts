import "server-only";
import { redirect } from "next/navigation";
import type * as z from "zod";
import { actionsFor } from "@/auth/action";
import { refusalMessage } from "@/auth/access";
import type { Edition } from "@/db/schema";
import { fieldErrors, type FormState, formLanguage, keep } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";

type Context = { lang: Edition; dict: Dictionary };

/** A form that fails its schema: the errors under their fields, and what was typed (never a password). */
export function accountInvalid({ dict }: Context, error: z.ZodError | null, form: FormData): FormState {
  if (!error) return { message: dict.account.errors.invalid };
  return {
    message: dict.account.fixErrors,
    errors: fieldErrors(error, dict.account.errors),
    values: keep(form, ["name", "email"]),
  };
}

const answers = {
  context: formLanguage,
  refused: ({ lang }: Context, reason: Parameters<typeof refusalMessage>[1]): FormState => ({
    message: refusalMessage(lang, reason),
  }),
  invalid: accountInvalid,
};

/** Account forms anyone may send (sign-in, sign-up, password reset): their own checks are the token, the throttle or the stamp. */
export const publicAccountAction = actionsFor({ who: "anyone", ...answers });

/** The signed-in reader's own account page. */
export const ownAccountAction = actionsFor({ who: "commenter", ...answers });

/** Newsroom preferences kept on the account page. */
export const staffAccountAction = actionsFor({ who: "editor", ...answers });

/** Buttons anyone may press (sign out, sign in with a provider): a malformed press goes home. */
export const publicAccountButton = actionsFor<"anyone", Context, void>({
  who: "anyone",
  context: formLanguage,
  refused: () => undefined,
  invalid: ({ lang }) => redirect(paths.home(lang)),
});
