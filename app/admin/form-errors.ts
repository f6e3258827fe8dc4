import type * as z from "zod";
import { type Dictionary, fill } from "@/lib/i18n";

type ErrorKey = keyof Dictionary["admin"]["errors"];

/** Zod issues carry keys of `admin.errors`; this turns them into sentences, the first one per field. */
export function adminFieldErrors<Field extends string>(error: z.ZodError, t: Dictionary["admin"]["errors"]): Partial<Record<Field, string[]>> {
  const errors: Partial<Record<Field, string[]>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "") as Field;
    if (errors[field]) continue;
    const key: ErrorKey = issue.message in t ? (issue.message as ErrorKey) : "invalid";
    const max = "maximum" in issue ? String(issue.maximum) : "";
    errors[field] = [fill(t[key], { max })];
  }
  return errors;
}
