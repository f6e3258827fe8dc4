import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Edition } from "@/db/schema";
import { type Dictionary, getDictionary, isEdition } from "@/lib/i18n";

export const adminLanguageCookie = "admin-lang";

/** The newsroom's own language (a cookie, English unless switched), independent of the edition being edited. */
export const getAdminLanguage = cache(async (): Promise<Edition> => {
  const value = (await cookies()).get(adminLanguageCookie)?.value ?? "";
  return isEdition(value) ? value : "en";
});

export async function getAdminDictionary(): Promise<{ lang: Edition; dict: Dictionary; t: Dictionary["admin"] }> {
  const lang = await getAdminLanguage();
  const dict = getDictionary(lang);
  return { lang, dict, t: dict.admin };
}
