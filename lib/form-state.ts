import type * as z from "zod";
import type { Edition } from "@/db/schema";
import { type Dictionary, fill, getDictionary, isEdition } from "./i18n";
import { site } from "./site";

/**
 * What every form action returns to its form: a status line (`ok` says which tone), errors under
 * fields, the values to show again, and when it answered (fields start again from `values` each time).
 * The form starts from `{}`: no message yet.
 */
export type FormState<Field extends string = string> = {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<Field, string[]>>;
  values?: Partial<Record<Field, string>>;
  at?: number;
};

type Messages = { readonly invalid: string };
type Fill = (field: string, key: string, issue: z.core.$ZodIssue) => Record<string, string | number>;

/**
 * Zod issues carry keys of a dictionary group (`account.errors`, `admin.errors`, `comments.messages`…);
 * this turns them into sentences, the first one per field. Unknown keys read as the group's `invalid`.
 * `{max}` is filled from the issue's own limit unless `vars` says otherwise.
 */
export function fieldErrors<Field extends string>(
  error: z.ZodError,
  messages: Messages,
  vars?: Fill,
): Partial<Record<Field, string[]>> {
  const sentences = messages as unknown as Record<string, unknown>;
  const errors: Partial<Record<Field, string[]>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "") as Field;
    if (errors[field]) continue;
    const key = typeof sentences[issue.message] === "string" ? issue.message : "invalid";
    const max = "maximum" in issue ? String(issue.maximum) : "";
    errors[field] = [fill(sentences[key] as string, { max, ...vars?.(field, key, issue) })];
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
export function keep<Field extends string>(
  formData: FormData,
  fields: readonly Field[],
  max = 1100,
): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, max);
  }
  return values;
}

/** A success or a refusal, stamped with the time it was answered. */
export const succeeded = <Field extends string>(
  message: string,
  values?: FormState<Field>["values"],
): FormState<Field> => ({ ok: true, message, values, at: Date.now() });
export const failed = <Field extends string>(
  message: string,
  values?: FormState<Field>["values"],
  errors?: FormState<Field>["errors"],
): FormState<Field> => ({ ok: false, message, values, errors, at: Date.now() });

/** A form action as a client form holds it (see auth/action.ts for how every one is built). */
export type StateAction<Field extends string = string> = (
  state: FormState<Field>,
  form: FormData,
) => Promise<FormState<Field>>;
