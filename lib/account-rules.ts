import * as z from "zod";
import { limits } from "./account-limits";

export { limits };

// Field rules shared by the account forms and the credentials check. Messages are
// keys of `account.errors` in the dictionaries; actions translate them.

// Control characters, zero-width spaces and bidirectional overrides, which can disguise a name.
// ZWJ and ZWNJ stay allowed: Gujarati spelling needs them.
const disguising = /[\p{Cc}\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/u;

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export const emailField = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required", abort: true })
  .max(limits.email, { error: "emailTooLong", abort: true })
  .pipe(z.email({ error: "emailInvalid" }));

export const nameField = z
  .string({ error: "required" })
  .trim()
  .normalize("NFC")
  .min(1, { error: "required", abort: true })
  .max(limits.name, { error: "nameTooLong", abort: true })
  .refine((value) => !disguising.test(value), { error: "nameInvalid" });

/** A new password: 8 characters or more, long passphrases welcome. Kept exactly as typed. */
export const newPasswordField = z
  .string({ error: "required" })
  .min(1, { error: "required", abort: true })
  .max(limits.passwordMax, { error: "passwordTooLong", abort: true })
  .refine((value) => [...value].length >= limits.passwordMin, { error: "passwordTooShort" });

/** A password being checked, not chosen: any length up to the maximum. */
export const currentPasswordField = z
  .string({ error: "required" })
  .min(1, { error: "required", abort: true })
  .max(limits.passwordMax, { error: "passwordTooLong" });

export const credentialsSchema = z.object({ email: emailField, password: currentPasswordField });
