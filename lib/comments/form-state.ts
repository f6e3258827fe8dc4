export type CommentField = "body" | "reason" | "note";

/** What every comment form gets back from its action: a translated message, field errors, and the text typed (kept on failure). */
export type CommentFormState = {
  status: "idle" | "success" | "error";
  message: string;
  errors?: Partial<Record<CommentField, string>>;
  values?: Partial<Record<CommentField, string>>;
  /** When the action answered: fields start again from `values` each time it changes. */
  at: number;
};

export type CommentAction = (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;

export const idleCommentState: CommentFormState = { status: "idle", message: "", at: 0 };

export function succeeded(message: string): CommentFormState {
  return { status: "success", message, at: Date.now() };
}

export function failed(message: string, values: CommentFormState["values"], errors?: CommentFormState["errors"]): CommentFormState {
  return { status: "error", message, values, errors, at: Date.now() };
}
