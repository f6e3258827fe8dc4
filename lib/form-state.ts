import type * as z from "zod";
import { type Edition } from "@/db/schema";
import { type Dictionary, getDictionary, isEdition } from "./i18n";
import { site } from "./site";

/** What an account action returns to its form: a status line, errors under fields, and the values to show again. */
export type FormState<Field extends string = string> = {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<Field, string[]>>;
  values?: Partial<Record<Field, string>>;
};

type ErrorKey = keyof Dictionary["account"]["errors"];

/** Zod issues carry dictionary keys (see lib/account-rules.ts); this turns them into sentences, one per field. */
export function fieldErrors<Field extends string>(error: z.ZodError, dict: Dictionary): Partial<Record<Field, string[]>> {
  const messages = dict.account.errors;
  const errors: Partial<Record<Field, string[]>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "") as Field;
    if (errors[field]) continue;
    errors[field] = [messages[issue.message as ErrorKey] ?? messages.invalid];
  }
  return errors;
}

/** The form's edition (a hidden field), for the language of the answer. Untrusted, so anything else means the default. */
export function formLanguage(formData: FormData): { lang: Edition; dict: Dictionary } {
  const value = formData.get("lang");
  const lang = typeof value === "string" && isEdition(value) ? value : site.defaultEdition;
  return { lang, dict: getDictionary(lang) };
}

/** Typed text to show again after a failure, cut short so a huge post is not echoed back. Never passwords. */
export function keep<Field extends string>(formData: FormData, fields: readonly Field[]): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 1100);
  }
  return values;
}
