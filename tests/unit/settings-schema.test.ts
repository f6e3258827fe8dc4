import { describe, expect, it } from "vitest";
import { settingsMax, settingsSchema } from "@/app/admin/settings/schema";
import { moderationLimits, moderationSettingsSchema } from "@/lib/moderation-settings";

// One definition of the editable settings: what the form accepts is exactly what may be stored.

const form = {
  bannedWords: " spam \r\nSpam\n\n  scam ",
  suspectWords: "",
  maxLinks: "3",
  trustThreshold: "0",
  floodSeconds: "15",
  autoCloseDays: "30",
};

describe("the moderation settings form", () => {
  it("turns what the form sends into the stored shape, which the stored schema accepts as it is", () => {
    const parsed = settingsSchema.parse(form);
    expect(parsed).toEqual({
      bannedWords: ["spam", "Spam", "scam"],
      suspectWords: [],
      maxLinks: 3,
      trustThreshold: 0,
      floodSeconds: 15,
      autoCloseDays: 30,
    });
    expect(moderationSettingsSchema.parse(parsed)).toEqual(parsed);
  });

  it("refuses what the stored schema refuses, with the stored schema's messages", () => {
    const issues = (fields: Record<string, string>) =>
      settingsSchema.safeParse({ ...form, ...fields }).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(issues({ maxLinks: String(moderationLimits.maxLinks + 1) })).toEqual(["maxLinks:outOfRange"]);
    expect(issues({ trustThreshold: "1.5" })).toEqual(["trustThreshold:outOfRange"]);
    expect(issues({ floodSeconds: "soon" })).toEqual(["floodSeconds:outOfRange"]);
    expect(issues({ suspectWords: "x".repeat(moderationLimits.wordLength + 1) })).toEqual(["suspectWords:wordTooLong"]);
    const many = Array.from({ length: moderationLimits.words + 1 }, (_, i) => `w${i}`).join("\n");
    expect(issues({ bannedWords: many })).toEqual(["bannedWords:tooManyWords"]);
  });

  it("names the same largest values the stored schema enforces", () => {
    expect(moderationSettingsSchema.shape.maxLinks.safeParse(settingsMax.maxLinks).success).toBe(true);
    expect(moderationSettingsSchema.shape.maxLinks.safeParse(settingsMax.maxLinks + 1).success).toBe(false);
    expect(moderationSettingsSchema.shape.autoCloseDays.safeParse(settingsMax.autoCloseDays + 1).success).toBe(false);
  });
});
