import type { Edition } from "@/db/schema";
import { getDictionary } from "./i18n";

const defaultEdition: Edition = process.env.DEFAULT_EDITION === "en" ? "en" : "gu";

export const site = {
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  defaultEdition,
  pageSize: 20,
};

export function siteName(lang: Edition): string {
  const fromEnv = lang === "gu" ? process.env.SITE_NAME_GU : process.env.SITE_NAME;
  return fromEnv ?? getDictionary(lang).site.name;
}

export function absoluteUrl(pathname: string): string {
  return `${site.url}${pathname}`;
}
