import type { TextareaHTMLAttributes } from "react";
import { FieldFrame } from "../field-frame";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled textarea with its hint and error tied to it by aria-describedby. */
export function AdminTextareaField({ id, name, label, hint, errors, className, ...textarea }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      {(aria) => (
        <textarea
          id={id}
          name={name}
          {...aria}
          className="rounded border border-line bg-paper px-3 py-2 aria-invalid:border-brand"
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
