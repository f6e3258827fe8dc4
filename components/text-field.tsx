import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input with its hint and errors tied to it by aria-describedby. */
export function TextField({ id, name, label, hint, errors, className, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-semibold">{label}</label>
      {hint ? <p id={hintId} className="text-sm text-muted">{hint}</p> : null}
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="rounded border border-line px-3 py-2 aria-invalid:border-brand"
        {...input}
      />
      {errorId ? <p id={errorId} className="text-sm font-semibold text-brand">{errors![0]}</p> : null}
    </div>
  );
}
