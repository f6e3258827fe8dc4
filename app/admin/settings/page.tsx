import type { Metadata } from "next";
import { SettingsForm } from "./settings-form";
import { getModerationSettings } from "@/app/(site)/reads/moderation-settings";
import { newsroomPage } from "../newsroom-page";
import { getAdminDictionary } from "../admin-language";
import { saveModerationSettings } from "./actions";
import { settingsMax } from "./schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).dict.moderation.settings.title };
}

export default async function SettingsPage() {
  await newsroomPage("/admin/settings", "admin");
  const { dict } = await getAdminDictionary();
  const t = dict.moderation.settings;
  const settings = await getModerationSettings();
  const current = {
    bannedWords: settings.bannedWords.join("\n"),
    suspectWords: settings.suspectWords.join("\n"),
    maxLinks: String(settings.maxLinks),
    trustThreshold: String(settings.trustThreshold),
    floodSeconds: String(settings.floodSeconds),
    autoCloseDays: String(settings.autoCloseDays),
  };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.intro}</p>
      <SettingsForm action={saveModerationSettings} current={current} max={settingsMax} t={t} />
    </div>
  );
}
