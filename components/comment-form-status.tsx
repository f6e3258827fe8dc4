import type { FormState } from "@/lib/form-state";

/** The polite live region every comment form announces its result in; field errors show under their field, so here they are for screen readers only. */
export function CommentFormStatus({ state }: { state: FormState }) {
  const hidden = state.errors && Object.keys(state.errors).length > 0;
  const tone = state.ok ? "text-green-800" : "text-brand";
  return (
    <p role="status" aria-live="polite" className={hidden ? "sr-only" : `text-sm font-semibold ${tone}`}>
      {state.message}
    </p>
  );
}
