import type { TextareaHTMLAttributes } from "react";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled textarea with its hint and error tied to it by aria-describedby. */
export function AdminTextareaField({ id, name, label, hint, errors, className, ...textarea }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-semibold">{label}</label>
      {hint ? <p id={hintId} className="text-sm text-muted">{hint}</p> : null}
      <textarea id={id} name={name} aria-invalid={errorId ? true : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="rounded border border-line bg-paper px-3 py-2 aria-invalid:border-brand" {...textarea} />
      {errorId ? <p id={errorId} className="text-sm font-semibold text-brand">{errors![0]}</p> : null}
    </div>
  );
}
