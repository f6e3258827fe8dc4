"use server";

import "server-only";
import { cookies } from "next/headers";
import * as z from "zod";
import { editions } from "@/db/schema";
import { adminLanguageCookie } from "./admin-language";
import { editorButton } from "./newsroom-action";

/** The language switch in the newsroom's header. Newsroom only, like every other action here; an unknown language changes nothing. */
export const switchAdminLanguage = editorButton(
  z.object({ lang: z.enum(editions) }),
  async ({ lang }) => {
    (await cookies()).set(adminLanguageCookie, lang, {
      path: "/admin",
      httpOnly: true,
      sameSite: "lax",
      maxAge: 365 * 24 * 3600,
    });
  },
  { invalid: () => undefined },
);
