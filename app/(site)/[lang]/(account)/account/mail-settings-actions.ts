"use server";

import { setMailPreferences } from "@/db/queries/notifications";
import { tryWrite } from "@/db/write";
import { type FormState, formLanguage } from "@/lib/form-state";
import { AccessDeniedError, accessDenied, requireCommenter, type SessionUser } from "@/lib/session";
import { mailSettingsSchema } from "../mail-settings-schema";

type Field = "commentApproved" | "commentReply";

/** The reader's two mail switches; "saved" is said only once the write has committed. */
export async function changeMailSettings(_: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  let user: SessionUser | AccessDeniedError;
  try {
    user = await requireCommenter();
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    user = error;
  }
  const { lang, dict } = formLanguage(formData);
  if (user instanceof AccessDeniedError) return { message: accessDenied(lang, user) };
  const parsed = mailSettingsSchema.safeParse({
    commentApproved: formData.get("commentApproved") ?? undefined,
    commentReply: formData.get("commentReply") ?? undefined,
  });
  if (!parsed.success) return { message: dict.account.errors.invalid };
  const choices = { commentApproved: parsed.data.commentApproved === "on", commentReply: parsed.data.commentReply === "on" };
  const values = { commentApproved: choices.commentApproved ? "on" : "off", commentReply: choices.commentReply ? "on" : "off" };
  if (!(await tryWrite(() => setMailPreferences(user.id, choices))).ok) return { message: dict.account.notSaved, values };
  return { ok: true, message: dict.notifications.settings.saved, values };
}
