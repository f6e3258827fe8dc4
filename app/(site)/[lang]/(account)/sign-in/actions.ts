"use server";

import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import * as z from "zod";
import { signIn } from "@/auth";
import { oauthProviders } from "@/auth/oauth";
import { safeNextPath } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import { paths } from "@/lib/paths";
import { publicAccountAction, publicAccountButton } from "../account-action";
import { type SignInFields, signInSchema } from "../schema";

// Anyone may try to sign in; the credentials check itself throttles and never says which part was wrong.
export const signInWithPassword = publicAccountAction(
  signInSchema,
  async (credentials, { ctx: { lang, dict }, form }): Promise<FormState<SignInFields>> => {
    const values = { email: credentials.email };
    try {
      await signIn("credentials", { ...credentials, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const code = error instanceof CredentialsSignin ? error.code : "";
      const text = dict.account.signIn;
      const message =
        code === "throttled"
          ? text.throttled
          : code === "banned"
            ? text.banned
            : code === "unavailable"
              ? text.unavailable
              : text.invalid;
      return { message, values };
    }
    redirect(safeNextPath(form.get("next"), paths.home(lang)));
  },
);

export const signInWithProvider = publicAccountButton(
  z.object({ provider: z.unknown(), next: z.unknown() }),
  async ({ provider, next }, { ctx: { lang } }) => {
    const target = safeNextPath(next, paths.home(lang));
    const enabled = oauthProviders.find((p) => p.id === provider);
    if (!enabled) redirect(target);
    await signIn(enabled.id, { redirectTo: target });
  },
);
