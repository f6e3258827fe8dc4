"use client";

import { useState } from "react";

type Props = {
  id: string;
  label: string;
  defaultValue: string;
  error?: string;
  maxLength: number;
  /** "{count} / {max} characters" */
  counterTemplate: string;
  rows?: number;
};

export function CommentBodyField({ id, label, defaultValue, error, maxLength, counterTemplate, rows = 4 }: Props) {
  const [length, setLength] = useState(defaultValue.length);
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const counter = counterTemplate.replace("{count}", String(length)).replace("{max}", String(maxLength));
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        name="body"
        required
        maxLength={maxLength}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${counterId}` : counterId}
        onChange={(event) => setLength(event.currentTarget.value.length)}
        className="w-full rounded border border-line bg-paper px-3 py-2 aria-[invalid=true]:border-brand"
      />
      <p
        id={counterId}
        className={`text-right text-xs ${length >= maxLength ? "font-semibold text-brand" : "text-muted"}`}
      >
        {counter}
      </p>
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-brand">
          {error}
        </p>
      ) : null}
    </div>
  );
}
