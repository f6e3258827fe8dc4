"use server";

import "server-only";
import { refresh } from "next/cache";
import { expireTags } from "@/app/(site)/reads/refresh";
import { createDeskReply } from "@/db/queries/desk-replies";
import { banAndRejectComments, type ModerationChange, moderateComments } from "@/db/queries/moderation-actions";
import { permanentBan } from "@/db/queries/people";
import { tryWrite } from "@/db/write";
import { tags } from "@/lib/cache-tags";
import type { FormState } from "@/lib/form-state";
import { fill } from "@/lib/i18n";
import { editorAction } from "../newsroom-action";
import { doneMessage } from "./done-message";
import { deskReplyMaxLength, deskReplySchema, moderationSchema, readModerationForm } from "./schema";

/** Readers see an approved comment (and stop seeing a rejected one) at once: each thread touched is re-read. */
function refreshThreads(changes: ModerationChange[]): void {
  for (const articleId of new Set(changes.map((change) => change.articleId))) expireTags(tags.comments(articleId));
}

/** Every button on the desk: one comment's, or a bulk action on the ticked ones. Editors and admins. */
export const moderate = editorAction(
  moderationSchema,
  async ({ intent, ids }, { user: editor, ctx: { dict } }): Promise<FormState> => {
    const t = dict.moderation.desk;
    const at = Date.now();
    const saved = await tryWrite(async () =>
      intent === "ban"
        ? await banAndRejectComments(ids, editor.id, permanentBan, at)
        : { people: 0, changes: await moderateComments(ids, intent, editor.id, at) },
    );
    if (!saved.ok) return { message: t.notSaved };
    const { people, changes } = saved.value;
    if (intent === "ban" && people === 0) return { message: t.noneToBan };
    refreshThreads(changes);
    refresh();
    if (changes.length === 0 && people === 0) return { message: t.gone };
    return {
      ok: true,
      message: doneMessage(t, intent, changes.filter((c) => ids.includes(c.commentId)).length, people),
    };
  },
  {
    read: readModerationForm,
    invalid: ({ dict }, error) => ({
      message: error?.issues.some((issue) => issue.message === "nothingSelected")
        ? dict.moderation.desk.nothingSelected
        : dict.moderation.invalid,
    }),
  },
);

/** A reply from the desk under a reader's comment: published at once as the newsroom. Editors and admins. */
export const replyFromDesk = editorAction(
  deskReplySchema,
  async ({ commentId, body }, { user: editor, ctx: { dict } }): Promise<FormState<"body">> => {
    const t = dict.moderation.reply;
    const written = await tryWrite(() => createDeskReply({ parentId: commentId, userId: editor.id, body }));
    if (!written.ok) return { message: dict.admin.form.notSaved, values: { body } };
    const result = written.value;
    if (!result.ok) return { message: t[result.reason] };
    expireTags(tags.comments(result.articleId));
    refresh();
    return { ok: true, message: t.posted };
  },
  {
    invalid: ({ dict }, error) => {
      const field = error?.issues.find((issue) => issue.path[0] === "body");
      if (!field) return { message: dict.moderation.invalid };
      const t = dict.moderation.reply;
      const text = field.message === "tooLong" ? fill(t.tooLong, { max: deskReplyMaxLength }) : t.required;
      return { message: text, errors: { body: [text] } };
    },
  },
);
