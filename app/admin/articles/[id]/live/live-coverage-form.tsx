"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { TextField } from "@/components/text-field";
import type { Dictionary } from "@/lib/i18n";
import type { LiveCoverageFormState } from "./schema";

type Props = {
  articleId: number;
  /** "none" before coverage ever started. */
  state: "none" | "live" | "ended";
  liveUntil: string;
  t: Dictionary["admin"]["live"];
  action: (state: LiveCoverageFormState, formData: FormData) => Promise<LiveCoverageFormState>;
};

/** Starts, resumes or ends a story's live coverage, with an optional India-time end. */
export function LiveCoverageForm({ articleId, state, liveUntil, t, action }: Props) {
  const [result, formAction, pending] = useActionState(action, {});
  const button = "self-start rounded px-5 py-2 font-semibold disabled:opacity-60";
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="articleId" value={articleId} />
      <TextField
        id="live-until"
        name="liveUntil"
        type="datetime-local"
        step={1}
        label={t.liveUntil}
        hint={t.liveUntilHint}
        defaultValue={liveUntil}
        errors={result.errors?.liveUntil}
        className="max-w-xs"
      />
      <FormStatus message={result.message} ok={result.ok} />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="start"
          disabled={pending}
          className={`${button} bg-brand text-white hover:bg-brand-dark`}
        >
          {state === "none" ? t.start : state === "ended" ? t.resume : t.saveUntil}
        </button>
        {state === "live" ? (
          <button
            type="submit"
            name="intent"
            value="end"
            disabled={pending}
            className={`${button} border border-brand text-brand hover:bg-wash`}
          >
            {t.end}
          </button>
        ) : null}
      </div>
    </form>
  );
}
