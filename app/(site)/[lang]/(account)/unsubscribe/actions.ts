"use server";

import "server-only";
import { unsubscribe } from "@/db/queries/notifications";
import { tryWrite } from "@/db/write";
import { type FormState, formLanguage } from "@/lib/form-state";
import { unsubscribeSchema } from "@/lib/notifications/unsubscribe-schema";
import { verifyUnsubscribe } from "@/lib/unsubscribe-token";

/**
 * Turns one kind of mail off for the person the link was signed for. There is no session on
 * purpose (the link works from any mailbox): the HMAC signature is the caller's proof.
 */
export async function unsubscribeFromMail(_: FormState, sent: FormData): Promise<FormState> {
  // Anyone can post anything here: what is not a form is read as an empty one, and refused below.
  const formData = sent instanceof FormData ? sent : new FormData();
  const { dict } = formLanguage(formData);
  const t = dict.notifications.unsubscribe;
  const parsed = unsubscribeSchema.safeParse({
    user: formData.get("user"),
    kind: formData.get("kind"),
    sig: formData.get("sig"),
  });
  if (!parsed.success || !verifyUnsubscribe(parsed.data.user, parsed.data.kind, parsed.data.sig))
    return { message: t.invalid };
  const saved = await tryWrite(() => unsubscribe(parsed.data.user, parsed.data.kind));
  if (!saved.ok) return { message: dict.account.notSaved };
  if (!saved.value) return { message: t.invalid };
  return { ok: true, message: parsed.data.kind === "comment-approved" ? t.doneApproved : t.doneReply };
}
