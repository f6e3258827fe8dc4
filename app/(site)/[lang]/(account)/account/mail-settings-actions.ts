"use server";

import "server-only";
import { setMailPreferences } from "@/db/queries/notifications";
import { tryWrite } from "@/db/write";
import type { FormState } from "@/lib/form-state";
import { ownAccountAction } from "../account-action";
import { mailSettingsSchema } from "../mail-settings-schema";

type Field = "commentApproved" | "commentReply";

/** The reader's two mail switches; "saved" is said only once the write has committed. */
export const changeMailSettings = ownAccountAction(
  mailSettingsSchema,
  async (input, { user, ctx: { dict } }): Promise<FormState<Field>> => {
    const choices = { commentApproved: input.commentApproved === "on", commentReply: input.commentReply === "on" };
    const values = {
      commentApproved: choices.commentApproved ? "on" : "off",
      commentReply: choices.commentReply ? "on" : "off",
    };
    if (!(await tryWrite(() => setMailPreferences(user.id, choices))).ok)
      return { message: dict.account.notSaved, values };
    return { ok: true, message: dict.notifications.settings.saved, values };
  },
  { invalid: ({ dict }) => ({ message: dict.account.errors.invalid }) },
);
