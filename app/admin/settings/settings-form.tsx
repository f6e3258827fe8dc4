"use client";

import { useActionState } from "react";
import { AdminTextareaField } from "@/components/admin/admin-textarea-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";

type Field = "bannedWords" | "suspectWords" | "maxLinks" | "trustThreshold" | "floodSeconds" | "autoCloseDays";
type Props = {
  action: (state: FormState<Field>, formData: FormData) => Promise<FormState<Field>>;
  current: Record<Field, string>;
  max: Record<Field, number>;
  t: Dictionary["moderation"]["settings"];
};

const numbers = [
  ["maxLinks", "maxLinksHint"],
  ["trustThreshold", null],
  ["floodSeconds", null],
  ["autoCloseDays", "autoCloseHint"],
] as const;

/** The moderation settings as one form; what was typed stays when something is not right. */
export function SettingsForm({ action, current, max, t }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as FormState<Field>);
  const value = (field: Field) => state.values?.[field] ?? current[field];
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate>
      {(["bannedWords", "suspectWords"] as const).map((field) => (
        <AdminTextareaField
          key={field}
          id={`settings-${field}`}
          name={field}
          label={t[field]}
          hint={t[`${field}Hint`]}
          rows={6}
          defaultValue={value(field)}
          errors={state.errors?.[field]}
        />
      ))}
      {numbers.map(([field, hint]) => (
        <TextField
          key={field}
          id={`settings-${field}`}
          name={field}
          label={t[field]}
          hint={hint ? t[hint] : undefined}
          type="number"
          inputMode="numeric"
          min={0}
          max={max[field]}
          required
          defaultValue={value(field)}
          errors={state.errors?.[field]}
          className="max-w-sm"
        />
      ))}
      <FormStatus message={state.message} ok={state.ok} />
      <SubmitButton label={t.save} pending={pending} />
    </form>
  );
}
