import type { ReactNode } from "react";

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: (control: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
};

/** Label, hint and first error around one form control, tied to it by aria-describedby. */
export function FieldFrame({ id, label, hint, errors, className, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {errorId ? (
        <p id={errorId} className="text-sm font-semibold text-brand">
          {errors![0]}
        </p>
      ) : null}
    </div>
  );
}
