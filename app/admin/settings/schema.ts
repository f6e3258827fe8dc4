import { z } from "zod";
import { type EditableSetting, moderationLimits, moderationSettingsSchema } from "@/lib/moderation-settings";

// The form's schema is the stored one (lib/moderation-settings.ts) behind what a form sends:
// word lists arrive as text, numbers as strings. Error messages are keys of `moderation.settings`.
export type SettingsField = EditableSetting;

/** A textarea with one entry per line: trimmed, NFC, blank lines and repeats dropped. */
const lines = z
  .string()
  .max(moderationLimits.words * (moderationLimits.wordLength + 2), { error: "tooManyWords" })
  .transform((text) => [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim().normalize("NFC"))
        .filter(Boolean),
    ),
  ]);

const number = z.coerce.number({ error: "outOfRange" });
const stored = moderationSettingsSchema.shape;

export const settingsSchema = z.object({
  bannedWords: lines.pipe(stored.bannedWords),
  suspectWords: lines.pipe(stored.suspectWords),
  maxLinks: number.pipe(stored.maxLinks),
  trustThreshold: number.pipe(stored.trustThreshold),
  floodSeconds: number.pipe(stored.floodSeconds),
  autoCloseDays: number.pipe(stored.autoCloseDays),
});

export type SettingsInput = z.infer<typeof settingsSchema>;

/** The largest value each field may take (entries for word lists), for the error message and the input's max. */
export const settingsMax: Record<SettingsField, number> = {
  bannedWords: moderationLimits.words,
  suspectWords: moderationLimits.words,
  maxLinks: moderationLimits.maxLinks,
  trustThreshold: moderationLimits.trustThreshold,
  floodSeconds: moderationLimits.floodSeconds,
  autoCloseDays: moderationLimits.autoCloseDays,
};
