"use server";

import "server-only";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as z from "zod";
import { signIn, signOut } from "@/auth";
import { hashPassword, verifyPassword } from "@/auth/password";
import { getCurrentUser } from "@/auth/session";
import { clientAddress, loginBlock, recordLoginAttempt } from "@/auth/throttle";
import { listCommentedArticleIds } from "@/db/queries/account";
import {
  bumpSessionVersion,
  getUserById,
  setKeyboardShortcuts,
  updateUserName,
  updateUserPassword,
} from "@/db/queries/users";
import { tryWrite, write } from "@/db/write";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { tags } from "@/lib/cache-tags";
import type { FormState } from "@/lib/form-state";
import { paths } from "@/lib/paths";
import { expireTags } from "@/app/(site)/reads/refresh";
import { ownAccountAction, publicAccountButton, staffAccountAction } from "../account-action";
import { type ChangePasswordFields, changePasswordSchema, displayNameSchema, keyboardShortcutsSchema } from "../schema";

export const changeDisplayName = ownAccountAction(
  displayNameSchema,
  async ({ name }, { user, ctx: { dict } }): Promise<FormState<"name">> => {
    if (!(await tryWrite(() => updateUserName(user.id, name))).ok)
      return { message: dict.account.notSaved, values: { name } };
    for (const articleId of await listCommentedArticleIds(user.id)) expireTags(tags.comments(articleId)); // threads show the name
    return { ok: true, message: dict.account.page.nameSaved, values: { name } };
  },
);

// A newsroom setting: only editors and admins have it.
export const changeKeyboardShortcuts = staffAccountAction(
  keyboardShortcutsSchema,
  async ({ shortcuts }, { user, ctx: { dict } }): Promise<FormState<"shortcuts">> => {
    const on = shortcuts === "on";
    if (!(await tryWrite(() => setKeyboardShortcuts(user.id, on))).ok) return { message: dict.account.notSaved };
    return {
      ok: true,
      message: on ? dict.account.page.shortcutsOn : dict.account.page.shortcutsOff,
      values: { shortcuts: on ? "on" : "off" },
    };
  },
  { invalid: ({ dict }) => ({ message: dict.account.errors.invalid }) },
);

export const changePassword = ownAccountAction(
  changePasswordSchema,
  async ({ currentPassword, newPassword }, { user, ctx: { lang, dict } }): Promise<FormState<ChangePasswordFields>> => {
    // Guessing the current password from a borrowed session counts towards the sign-in limits.
    const row = (await getUserById(user.id))!;
    const address = clientAddress(await headers());
    if (await loginBlock(row.email, address)) return { message: dict.account.signIn.throttled };
    const valid = Boolean(row.passwordHash) && (await verifyPassword(row.passwordHash!, currentPassword));
    if (!(await tryWrite(() => recordLoginAttempt(row.email, address, valid))).ok)
      return { message: dict.account.notSaved };
    if (!valid)
      return {
        message: dict.account.page.wrongPassword,
        errors: { currentPassword: [dict.account.page.wrongPassword] },
      };

    const passwordHash = await hashPassword(newPassword);
    if (!(await tryWrite(() => updateUserPassword(user.id, passwordHash))).ok)
      return { message: dict.account.notSaved }; // ends every session, this one too
    try {
      await signIn("credentials", { email: row.email, password: newPassword, redirect: false }); // a fresh one here
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      redirect(accountPaths.signIn(lang, accountPaths.account(lang)));
    }
    // A redirect, not a returned message: only a new request carries the new session cookie to the page.
    redirect(accountPaths.account(lang, "password-changed"));
  },
);

export const signOutEverywhere = publicAccountButton(
  z.object({ next: z.unknown() }),
  async ({ next }, { ctx: { lang } }) => {
    const user = await getCurrentUser();
    if (user) await write(() => bumpSessionVersion(user.id)); // the cookie may have been copied: make every copy worthless
    await signOut({ redirect: false }); // clears the cookie
    redirect(safeNextPath(next, paths.home(lang)));
  },
);
