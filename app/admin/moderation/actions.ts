"use server";

import { refresh } from "next/cache";
import { expireTags } from "@/lib/refresh";
import { banAndRejectComments, type ModerationChange, moderateComments } from "@/db/queries/moderation";
import { permanentBan } from "@/db/queries/people";
import { tryWrite } from "@/db/write";
import { tags } from "@/lib/cache-tags";
import type { FormState } from "@/lib/form-state";
import { fill } from "@/lib/i18n";
import { AccessDeniedError, accessDenied } from "@/lib/session";
import { newsroomCaller } from "../access";
import { getAdminDictionary } from "../admin-language";
import { moderationSchema, readModerationForm } from "./schema";

/** Readers see an approved comment (and stop seeing a rejected one) at once: each thread touched is re-read. */
function refreshThreads(changes: ModerationChange[]): void {
  for (const articleId of new Set(changes.map((change) => change.articleId))) expireTags(tags.comments(articleId));
}

/** Every button on the desk: one comment's, or a bulk action on the ticked ones. Editors and admins. */
export async function moderate(_: FormState, formData: FormData): Promise<FormState> {
  const editor = await newsroomCaller("editor");
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.desk;
  if (editor instanceof AccessDeniedError) return { message: accessDenied(lang, editor) };
  const parsed = moderationSchema.safeParse(readModerationForm(formData));
  if (!parsed.success) {
    return { message: parsed.error.issues.some((issue) => issue.message === "nothingSelected") ? t.nothingSelected : dict.moderation.invalid };
  }

  const { intent, ids } = parsed.data;
  const at = Date.now();
  const saved = await tryWrite(() =>
    intent === "ban" ? banAndRejectComments(ids, editor.id, permanentBan, at) : { people: 0, changes: moderateComments(ids, intent, editor.id, at) });
  if (!saved.ok) return { message: t.notSaved };
  const { people, changes } = saved.value;
  if (intent === "ban" && people === 0) return { message: t.noneToBan };
  refreshThreads(changes);
  refresh();
  if (changes.length === 0 && people === 0) return { message: t.gone };
  return { ok: true, message: fill(t.done[intent], { count: changes.filter((c) => ids.includes(c.commentId)).length, people }) };
}
