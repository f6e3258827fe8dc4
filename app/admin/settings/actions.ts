"use server";

import "server-only";
import { refresh } from "next/cache";
import { logContentChange } from "@/db/queries/audit";
import { saveSettings } from "@/db/queries/settings";
import { atomically, tryWrite } from "@/db/write";
import { tags } from "@/lib/cache-tags";
import { fieldErrors, type FormState, keep } from "@/lib/form-state";
import { getModerationSettings } from "@/app/(site)/reads/moderation-settings";
import { moderationLimits, settingsPrefix } from "@/lib/moderation-settings";
import { expireTags } from "@/app/(site)/reads/refresh";
import { adminAction } from "../newsroom-action";
import { type SettingsField, settingsMax, settingsSchema } from "./schema";

type State = FormState<SettingsField>;

/** What was typed, to show again: the word lists whole (up to a generous cap), the numbers as typed. */
function typed(form: FormData): State["values"] {
  const words = (field: string) => String(form.get(field) ?? "").slice(0, 60_000);
  return {
    ...keep(form, ["maxLinks", "trustThreshold", "floodSeconds", "autoCloseDays"] as const),
    bannedWords: words("bannedWords"),
    suspectWords: words("suspectWords"),
  };
}

/** Saves every moderation setting at once. Admins only; new comments follow the new rules at once. */
export const saveModerationSettings = adminAction(
  settingsSchema,
  async (input, { user: admin, ctx: { dict }, form }): Promise<State> => {
    // The log keeps the settings in force before (defaults included) and after, so only real changes show.
    const current: Record<string, unknown> = await getModerationSettings();
    const before = Object.fromEntries(Object.keys(input).map((key) => [key, current[key]]));
    const entries = Object.fromEntries(Object.entries(input).map(([key, value]) => [`${settingsPrefix}${key}`, value]));
    const saved = await tryWrite(() =>
      atomically(async () => {
        await saveSettings(entries, admin.id);
        await logContentChange({ actorId: admin.id, action: "settings", before, after: input });
      }),
    );
    if (!saved.ok) return { message: dict.admin.form.notSaved, values: typed(form) };
    expireTags(tags.settings());
    refresh();
    return { ok: true, message: dict.moderation.settings.saved };
  },
  {
    invalid: ({ dict }, error, form) => {
      if (!error) return { message: dict.moderation.invalid };
      const errors = fieldErrors<SettingsField>(
        error,
        { ...dict.moderation.settings, invalid: dict.moderation.settings.outOfRange },
        (field, key) => ({
          max: key === "wordTooLong" ? moderationLimits.wordLength : settingsMax[field as SettingsField],
        }),
      );
      return { message: dict.admin.form.fixErrors, errors, values: typed(form) };
    },
  },
);
