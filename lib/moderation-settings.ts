import { z } from "zod";
import { listSettings } from "@/db/queries/settings";
import { type CommentSettings, commentSettings } from "./comment-settings";
import type { ScreenRules } from "./comments/screen";

/** The comment rules an admin can change: the env-based ones from lib/comment-settings.ts plus the word lists and limits. */
export type ModerationSettings = CommentSettings & ScreenRules & { autoCloseDays: number };
export type EditableSetting = "bannedWords" | "suspectWords" | "maxLinks" | "trustThreshold" | "floodSeconds" | "autoCloseDays";

export const moderationLimits = {
  words: 500,
  wordLength: 100,
  maxLinks: 100,
  trustThreshold: 1000,
  floodSeconds: 3600,
  autoCloseDays: 3650,
} as const;

const wholeNumber = (max: number) => z.number().int().min(0).max(max);
const wordList = z.array(z.string().min(1).max(moderationLimits.wordLength)).max(moderationLimits.words);

/** What a stored value must look like; anything else (an old or hand-edited row) falls back to the default. */
export const storedSettings = {
  bannedWords: wordList,
  suspectWords: wordList,
  maxLinks: wholeNumber(moderationLimits.maxLinks),
  trustThreshold: wholeNumber(moderationLimits.trustThreshold),
  floodSeconds: wholeNumber(moderationLimits.floodSeconds),
  autoCloseDays: wholeNumber(moderationLimits.autoCloseDays),
} satisfies Record<EditableSetting, z.ZodType>;

export const settingsPrefix = "moderation.";

/** The defaults before any admin has changed anything: env settings, no word lists, hold after 2 links, never close. */
export function moderationDefaults(env: Record<string, string | undefined> = process.env): ModerationSettings {
  return { ...commentSettings(env), bannedWords: [], suspectWords: [], maxLinks: 2, autoCloseDays: 0 };
}

/** The settings in force now: what the admin saved, over the defaults. Read per call (one small indexed query). */
export function getModerationSettings(): ModerationSettings {
  const saved = listSettings(settingsPrefix);
  const result = moderationDefaults();
  for (const key of Object.keys(storedSettings) as EditableSetting[]) {
    const parsed = storedSettings[key].safeParse(saved[`${settingsPrefix}${key}`]);
    if (parsed.success) Object.assign(result, { [key]: parsed.data });
  }
  return result;
}
