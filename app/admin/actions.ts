"use server";

import { cookies } from "next/headers";
import { forbidden } from "next/navigation";
import { isEdition } from "@/lib/i18n";
import { AccessDeniedError } from "@/lib/session";
import { newsroomCaller } from "./access";
import { adminLanguageCookie } from "./admin-language";

/** The language switch in the newsroom's header. Newsroom only, like every other action here. */
export async function switchAdminLanguage(formData: FormData): Promise<void> {
  if ((await newsroomCaller()) instanceof AccessDeniedError) forbidden();
  const lang = String(formData.get("lang") ?? "");
  if (!isEdition(lang)) return;
  (await cookies()).set(adminLanguageCookie, lang, { path: "/admin", httpOnly: true, sameSite: "lax", maxAge: 365 * 24 * 3600 });
}
