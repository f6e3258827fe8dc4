"use client";

import { useActionState, useId } from "react";
import { AdminCheckbox } from "@/components/admin/admin-checkbox";
import { AdminSelectField } from "@/components/admin/admin-select-field";
import { TextField } from "@/components/text-field";
import type { FormState } from "@/lib/form-state";

export type PeopleField =
  | {
      kind: "select";
      name: string;
      label: string;
      hint?: string;
      options: { value: string; label: string }[];
      defaultValue: string;
    }
  | { kind: "number"; name: string; label: string; min: number; max: number; defaultValue: number }
  | { kind: "checkbox"; name: string; label: string };

type Props = {
  action: (state: FormState<"days">, formData: FormData) => Promise<FormState<"days">>;
  heading: string;
  submitLabel: string;
  personId: number;
  hidden?: Record<string, string>;
  fields?: PeopleField[];
  hint?: string;
};

/** One change to a person (role, suspension, ban, trust) as a plain form with its own status line. */
export function PeopleForm({ action, heading, submitLabel, personId, hidden = {}, fields = [], hint }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as FormState<"days">);
  const id = useId();
  return (
    <form
      action={formAction}
      aria-labelledby={`${id}heading`}
      className="flex flex-col gap-3 rounded border border-line bg-paper p-4"
    >
      <h2 id={`${id}heading`} className="text-lg font-bold">
        {heading}
      </h2>
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      <input type="hidden" name="id" value={personId} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) =>
        field.kind === "select" ? (
          <AdminSelectField
            key={field.name}
            id={`${id}${field.name}`}
            name={field.name}
            label={field.label}
            hint={field.hint}
            options={field.options}
            defaultValue={field.defaultValue}
          />
        ) : field.kind === "number" ? (
          <TextField
            key={field.name}
            id={`${id}${field.name}`}
            name={field.name}
            label={field.label}
            type="number"
            inputMode="numeric"
            required
            min={field.min}
            max={field.max}
            defaultValue={field.defaultValue}
            errors={field.name === "days" ? state.errors?.days : undefined}
            className="max-w-40"
          />
        ) : (
          <AdminCheckbox key={field.name} id={`${id}${field.name}`} name={field.name} label={field.label} />
        ),
      )}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {submitLabel}
      </button>
      <p aria-live="polite" className={`text-sm font-semibold ${state.ok ? "text-green-800" : "text-brand"}`}>
        {state.message}
      </p>
    </form>
  );
}
