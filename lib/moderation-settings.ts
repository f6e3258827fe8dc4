import { z } from "zod";
import { type CommentSettings, commentSettings } from "./comment-settings";
import type { ScreenRules } from "./comments/screen";

export const moderationLimits = {
  words: 500,
  wordLength: 100,
  maxLinks: 100,
  trustThreshold: 1000,
  floodSeconds: 3600,
  autoCloseDays: 3650,
} as const;

// Messages are keys of `moderation.settings` (filled with {max}): the settings form shows them.
const wholeNumber = (max: number) =>
  z
    .number({ error: "outOfRange" })
    .int({ error: "outOfRange" })
    .min(0, { error: "outOfRange" })
    .max(max, { error: "outOfRange" });
const wordList = z
  .array(z.string().min(1).max(moderationLimits.wordLength, { error: "wordTooLong" }))
  .max(moderationLimits.words, { error: "tooManyWords" });

/**
 * The one definition of the settings an admin can change, as they are stored. The settings form's schema
 * (app/admin/settings/schema.ts) is derived from it; a stored value it refuses (an old or hand-edited row)
 * falls back to the default.
 */
export const moderationSettingsSchema = z.object({
  bannedWords: wordList,
  suspectWords: wordList,
  maxLinks: wholeNumber(moderationLimits.maxLinks),
  trustThreshold: wholeNumber(moderationLimits.trustThreshold),
  floodSeconds: wholeNumber(moderationLimits.floodSeconds),
  autoCloseDays: wholeNumber(moderationLimits.autoCloseDays),
});

export type EditableSetting = keyof z.infer<typeof moderationSettingsSchema>;

/** The comment rules in force: the env-based ones from lib/comment-settings.ts plus the editable ones. */
export type ModerationSettings = CommentSettings & ScreenRules & z.infer<typeof moderationSettingsSchema>;

export const settingsPrefix = "moderation.";

/** The defaults before any admin has changed anything: env settings, no word lists, hold after 2 links, never close. */
export function moderationDefaults(env: Record<string, string | undefined> = process.env): ModerationSettings {
  return { ...commentSettings(env), bannedWords: [], suspectWords: [], maxLinks: 2, autoCloseDays: 0 };
}
