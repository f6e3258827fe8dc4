import type { CommentFormState } from "@/lib/comments/form-state";

/** The polite live region every comment form announces its result in; field errors show under their field, so here they are for screen readers only. */
export function CommentFormStatus({ state }: { state: CommentFormState }) {
  const hidden = state.errors && Object.keys(state.errors).length > 0;
  const tone = state.status === "error" ? "text-brand" : "text-green-800";
  return (
    <p role="status" aria-live="polite" className={hidden ? "sr-only" : `text-sm font-semibold ${tone}`}>
      {state.message}
    </p>
  );
}
