import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldFrame } from "./field-frame";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
};

/** A labelled input with its hint and errors tied to it by aria-describedby. */
export function TextField({ id, name, label, hint, errors, className, ...input }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      {(aria) => (
        <input
          id={id}
          name={name}
          {...aria}
          className="rounded border border-line px-3 py-2 aria-invalid:border-brand"
          {...input}
        />
      )}
    </FieldFrame>
  );
}
