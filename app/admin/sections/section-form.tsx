"use client";

import { useActionState, useId } from "react";
import { TextField } from "@/components/text-field";
import type { FormState } from "@/lib/form-state";

type Field = { name: string; label: string; defaultValue?: string; hint?: string; maxLength?: number; lang?: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Names the form for assistive technology, e.g. "Rename Politics". */
  label: string;
  submitLabel: string;
  hidden?: Record<string, string | number>;
  fields?: Field[];
  /** Asked before sending (with JavaScript); without it the form simply posts. */
  confirm?: string;
};

/** One section change (add, rename, move, delete) as a plain form with its own status line. */
export function SectionForm({ action, label, submitLabel, hidden = {}, fields = [], confirm }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const id = useId();
  return (
    <form
      action={formAction}
      aria-label={label}
      className={fields.length ? "flex flex-col gap-2" : "inline-flex flex-col"}
      onSubmit={
        confirm
          ? (event) => {
              if (!window.confirm(confirm)) event.preventDefault();
            }
          : undefined
      }
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.length ? (
        <div className="flex flex-wrap items-start gap-3">
          {fields.map((field) => (
            <TextField
              key={field.name}
              id={`${id}${field.name}`}
              name={field.name}
              label={field.label}
              hint={field.hint}
              lang={field.lang}
              maxLength={field.maxLength}
              required
              defaultValue={state.values?.[field.name] ?? field.defaultValue}
              errors={state.errors?.[field.name]}
            />
          ))}
        </div>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded border border-line bg-paper px-3 py-1 font-semibold hover:bg-wash disabled:opacity-60"
      >
        {submitLabel}
      </button>
      <p aria-live="polite" className={`text-sm font-semibold ${state.ok ? "text-green-800" : "text-brand"}`}>
        {state.message}
      </p>
    </form>
  );
}
