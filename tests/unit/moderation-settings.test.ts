import { expect, it } from "vitest";
import { saveSettings } from "@/db/queries/settings";
import { getModerationSettings } from "@/app/(site)/reads/moderation-settings";
import { settingsPrefix } from "@/lib/moderation-settings";
import { describeOnEngines } from "../helpers/engines";
import { fillDesk, people } from "./moderation-desk-fixture";

describeOnEngines("moderation settings", fillDesk, () => {
  it("are the env defaults until an admin saves them; a malformed stored value falls back to the default", async () => {
    expect(await getModerationSettings()).toMatchObject({
      bannedWords: [],
      suspectWords: [],
      maxLinks: 2,
      trustThreshold: 3,
      floodSeconds: 15,
      autoCloseDays: 0,
    });
    await saveSettings(
      {
        [`${settingsPrefix}bannedWords`]: ["મૂર્ખ"],
        [`${settingsPrefix}maxLinks`]: 5,
        [`${settingsPrefix}floodSeconds`]: "soon",
      },
      people.admin,
    );
    expect(await getModerationSettings()).toMatchObject({ bannedWords: ["મૂર્ખ"], maxLinks: 5, floodSeconds: 15 });
  });
});
