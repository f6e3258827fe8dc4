import { z } from "zod";
import { moderationLimits } from "@/lib/moderation-settings";

// Error messages are keys of `moderation.settings` (with {max}); the action translates them.
export type SettingsField = "bannedWords" | "suspectWords" | "maxLinks" | "trustThreshold" | "floodSeconds" | "autoCloseDays";

/** A textarea with one entry per line: trimmed, NFC, blank lines and repeats dropped. */
const wordList = z
  .string()
  .max(moderationLimits.words * (moderationLimits.wordLength + 2))
  .transform((text) => [...new Set(text.split(/\r?\n/).map((line) => line.trim().normalize("NFC")).filter(Boolean))])
  .pipe(z.array(z.string().max(moderationLimits.wordLength, { error: "wordTooLong" })).max(moderationLimits.words, { error: "tooManyWords" }));

const wholeNumber = (max: number) =>
  z.coerce.number({ error: "outOfRange" }).int({ error: "outOfRange" }).min(0, { error: "outOfRange" }).max(max, { error: "outOfRange" });

export const settingsSchema = z.object({
  bannedWords: wordList,
  suspectWords: wordList,
  maxLinks: wholeNumber(moderationLimits.maxLinks),
  trustThreshold: wholeNumber(moderationLimits.trustThreshold),
  floodSeconds: wholeNumber(moderationLimits.floodSeconds),
  autoCloseDays: wholeNumber(moderationLimits.autoCloseDays),
});

export type SettingsInput = z.infer<typeof settingsSchema>;

/** The largest value each number may take, for the error message and the input's max. */
export const settingsMax: Record<SettingsField, number> = {
  bannedWords: moderationLimits.words,
  suspectWords: moderationLimits.words,
  maxLinks: moderationLimits.maxLinks,
  trustThreshold: moderationLimits.trustThreshold,
  floodSeconds: moderationLimits.floodSeconds,
  autoCloseDays: moderationLimits.autoCloseDays,
};
