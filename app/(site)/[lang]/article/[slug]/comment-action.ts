import "server-only";
import { actionsFor } from "@/auth/action";
import { commentMaxLength, reportNoteMaxLength } from "@/lib/comment-settings";
import { failed, fieldErrors, type FormState, formLanguage, keep } from "@/lib/form-state";
import { getDictionary } from "@/lib/i18n";

export type CommentField = "body" | "reason" | "note";
export type CommentState = FormState<CommentField>;

const fields = ["body", "reason", "note"] as const satisfies readonly CommentField[];

/**
 * Every comment action: the caller must be a signed-in commenter who is not banned. Answers are in the
 * form's edition, and keep what the reader typed (never more than a comment may hold) so nothing is lost.
 */
export const commentAction = actionsFor({
  who: "commenter",
  context: (form: FormData) => ({
    lang: formLanguage(form).lang,
    t: getDictionary(formLanguage(form).lang).comments.messages,
    values: keep(form, fields, commentMaxLength),
  }),
  refused: ({ t, values }, reason): CommentState => failed(reason === "banned" ? t.banned : t.signIn, values),
  invalid: ({ t, values }, error): CommentState => {
    if (!error) return failed(t.invalid, values);
    const all = fieldErrors<string>(error, t, (field) => ({
      max: field === "note" ? reportNoteMaxLength : commentMaxLength,
    }));
    // Only fields the reader can see get an error under them; a tampered hidden field is "reload and try again".
    const errors = Object.fromEntries(
      fields.flatMap((field) => (all[field] ? [[field, all[field]]] : [])),
    ) as CommentState["errors"];
    return failed(Object.values(errors ?? {})[0]?.[0] ?? t.invalid, values, errors);
  },
});
