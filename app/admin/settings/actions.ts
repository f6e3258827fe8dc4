"use server";

import { refresh } from "next/cache";
import { expireTags } from "@/lib/refresh";
import { saveSettings } from "@/db/queries/settings";
import { tryWrite } from "@/db/write";
import { tags } from "@/lib/cache-tags";
import { type FormState, keep } from "@/lib/form-state";
import { fill } from "@/lib/i18n";
import { moderationLimits, settingsPrefix } from "@/lib/moderation-settings";
import { AccessDeniedError, accessDenied } from "@/lib/session";
import { newsroomCaller } from "../access";
import { getAdminDictionary } from "../admin-language";
import { type SettingsField, settingsMax, settingsSchema } from "./schema";

const fields = ["bannedWords", "suspectWords", "maxLinks", "trustThreshold", "floodSeconds", "autoCloseDays"] as const satisfies readonly SettingsField[];

/** Saves every moderation setting at once. Admins only; new comments follow the new rules at once. */
export async function saveModerationSettings(_: FormState<SettingsField>, formData: FormData): Promise<FormState<SettingsField>> {
  const admin = await newsroomCaller("admin");
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.settings;
  if (admin instanceof AccessDeniedError) return { message: accessDenied(lang, admin) };
  const words = (field: string) => String(formData.get(field) ?? "").slice(0, 60_000);
  const values: FormState<SettingsField>["values"] = { ...keep(formData, fields.slice(2)), bannedWords: words("bannedWords"), suspectWords: words("suspectWords") };
  const parsed = settingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const errors: FormState<SettingsField>["errors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SettingsField;
      if (!fields.includes(field) || errors[field]) continue;
      const key = issue.message === "tooManyWords" || issue.message === "wordTooLong" ? issue.message : "outOfRange";
      errors[field] = [fill(t[key], { max: key === "wordTooLong" ? moderationLimits.wordLength : settingsMax[field] })];
    }
    return { message: dict.admin.form.fixErrors, errors, values };
  }
  const entries = Object.fromEntries(Object.entries(parsed.data).map(([key, value]) => [`${settingsPrefix}${key}`, value]));
  if (!(await tryWrite(() => saveSettings(entries, admin.id))).ok) return { message: dict.admin.form.notSaved, values };
  expireTags(tags.settings());
  refresh();
  return { ok: true, message: t.saved };
}
