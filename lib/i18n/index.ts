import type { Edition } from "@/db/schema";
import { en } from "./en";
import { gu } from "./gu";
import type { Dictionary } from "./types";

export type { Dictionary };
export const locales = ["gu", "en"] as const satisfies readonly Edition[];

const dictionaries: Record<Edition, Dictionary> = { en, gu };

export function isEdition(value: string): value is Edition {
  return (locales as readonly string[]).includes(value);
}

export function getDictionary(lang: Edition): Dictionary {
  return dictionaries[lang];
}

export function otherEdition(lang: Edition): Edition {
  return lang === "gu" ? "en" : "gu";
}

/** Fills `{name}` placeholders in a dictionary string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
