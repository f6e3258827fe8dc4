"use server";

import { AuthError } from "next-auth";
import { expireTags } from "@/lib/refresh";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { listCommentedArticleIds } from "@/db/queries/account";
import { bumpSessionVersion, getUserById, setKeyboardShortcuts, updateUserName, updateUserPassword } from "@/db/queries/users";
import type { Edition } from "@/db/schema";
import { tryWrite, write } from "@/db/write";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { tags } from "@/lib/cache-tags";
import { type FormState, fieldErrors, formLanguage, keep } from "@/lib/form-state";
import { hashPassword, verifyPassword } from "@/lib/password";
import { paths } from "@/lib/paths";
import { AccessDeniedError, accessDenied, getCurrentUser, requireCommenter, requireEditor, type SessionUser } from "@/lib/session";
import { clientAddress, loginBlock, recordLoginAttempt } from "@/lib/throttle";
import { type ChangePasswordFields, changePasswordSchema, displayNameSchema, keyboardShortcutsSchema } from "../schema";

async function signedIn(lang: Edition): Promise<SessionUser | string> {
  try {
    return await requireCommenter();
  } catch (error) {
    if (error instanceof AccessDeniedError) return accessDenied(lang, error);
    throw error;
  }
}

export async function changeDisplayName(_: FormState<"name">, formData: FormData): Promise<FormState<"name">> {
  const { lang, dict } = formLanguage(formData);
  const user = await signedIn(lang);
  if (typeof user === "string") return { message: user };
  const values = keep(formData, ["name"] as const);
  const parsed = displayNameSchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { message: dict.account.fixErrors, errors: fieldErrors(parsed.error, dict), values };
  if (!(await tryWrite(() => updateUserName(user.id, parsed.data.name))).ok) return { message: dict.account.notSaved, values };
  for (const articleId of listCommentedArticleIds(user.id)) expireTags(tags.comments(articleId)); // threads show the name
  return { ok: true, message: dict.account.page.nameSaved, values: { name: parsed.data.name } };
}

export async function changeKeyboardShortcuts(_: FormState<"shortcuts">, formData: FormData): Promise<FormState<"shortcuts">> {
  // A newsroom setting: the caller is checked before anything they sent is read.
  let staff: SessionUser | AccessDeniedError;
  try {
    staff = await requireEditor();
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    staff = error;
  }
  const { lang, dict } = formLanguage(formData instanceof FormData ? formData : new FormData());
  if (staff instanceof AccessDeniedError) return { message: accessDenied(lang, staff) };
  const parsed = keyboardShortcutsSchema.safeParse({ shortcuts: formData.get("shortcuts") ?? undefined });
  if (!parsed.success) return { message: dict.account.errors.invalid };
  const on = parsed.data.shortcuts === "on";
  if (!(await tryWrite(() => setKeyboardShortcuts(staff.id, on))).ok) return { message: dict.account.notSaved };
  return { ok: true, message: on ? dict.account.page.shortcutsOn : dict.account.page.shortcutsOff, values: { shortcuts: on ? "on" : "off" } };
}

export async function changePassword(_: FormState<ChangePasswordFields>, formData: FormData): Promise<FormState<ChangePasswordFields>> {
  const { lang, dict } = formLanguage(formData);
  const user = await signedIn(lang);
  if (typeof user === "string") return { message: user };
  const parsed = changePasswordSchema.safeParse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
  if (!parsed.success) return { message: dict.account.fixErrors, errors: fieldErrors(parsed.error, dict) };

  // Guessing the current password from a borrowed session counts towards the sign-in limits.
  const row = getUserById(user.id)!;
  const address = clientAddress(await headers());
  if (loginBlock(row.email, address)) return { message: dict.account.signIn.throttled };
  const valid = Boolean(row.passwordHash) && (await verifyPassword(row.passwordHash!, parsed.data.currentPassword));
  if (!(await tryWrite(() => recordLoginAttempt(row.email, address, valid))).ok) return { message: dict.account.notSaved };
  if (!valid) return { message: dict.account.page.wrongPassword, errors: { currentPassword: [dict.account.page.wrongPassword] } };

  const passwordHash = await hashPassword(parsed.data.newPassword);
  if (!(await tryWrite(() => updateUserPassword(user.id, passwordHash))).ok) return { message: dict.account.notSaved }; // ends every session, this one too
  try {
    await signIn("credentials", { email: row.email, password: parsed.data.newPassword, redirect: false }); // a fresh one here
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect(accountPaths.signIn(lang, accountPaths.account(lang)));
  }
  // A redirect, not a returned message: only a new request carries the new session cookie to the page.
  redirect(accountPaths.account(lang, "password-changed"));
}

export async function signOutEverywhere(formData: FormData): Promise<void> {
  const { lang } = formLanguage(formData);
  const next = safeNextPath(formData.get("next"), paths.home(lang));
  const user = await getCurrentUser();
  if (user) await write(() => bumpSessionVersion(user.id)); // the cookie may have been copied: make every copy worthless
  await signOut({ redirect: false }); // clears the cookie
  redirect(next);
}
