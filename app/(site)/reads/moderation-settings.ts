import "server-only";
import { listSettings } from "@/db/queries/settings";
import {
  moderationDefaults,
  type ModerationSettings,
  moderationSettingsSchema,
  settingsPrefix,
} from "@/lib/moderation-settings";

/** The settings in force now: what the admin saved, over the defaults. Read per call (one small indexed query). */
export async function getModerationSettings(): Promise<ModerationSettings> {
  const saved = await listSettings(settingsPrefix);
  const result = moderationDefaults();
  for (const key of moderationSettingsSchema.keyof().options) {
    const parsed = moderationSettingsSchema.shape[key].safeParse(saved[`${settingsPrefix}${key}`]);
    if (parsed.success) Object.assign(result, { [key]: parsed.data });
  }
  return result;
}
