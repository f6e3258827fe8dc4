import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type"> & {
  id: string;
  name: string;
  label: string;
  errors?: string[];
};

export function AdminCheckbox({ id, name, label, errors, ...input }: Props) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="inline-flex items-center gap-2 font-semibold">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-describedby={errorId}
          className="size-4 accent-brand"
          {...input}
        />
        {label}
      </label>
      {errorId ? (
        <p id={errorId} className="text-sm font-semibold text-brand">
          {errors![0]}
        </p>
      ) : null}
    </div>
  );
}
