"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { Edition } from "@/db/schema";
import { accountPaths } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import type { UnsubscribeRequest } from "@/lib/notifications/unsubscribe-schema";
import { unsubscribeFromMail as unsubscribeFromMailAction } from "./actions";

type Props = { lang: Edition; request: UnsubscribeRequest; text: Dictionary["notifications"]["unsubscribe"] };

/** One button, no sign-in: a link scanner that only fetches the page changes nothing. */
export function UnsubscribeForm({ lang, request, text }: Props) {
  const [state, action, pending] = useActionState(unsubscribeFromMailAction, {} as FormState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="user" value={request.user} />
      <input type="hidden" name="kind" value={request.kind} />
      <input type="hidden" name="sig" value={request.sig} />
      <p>{request.kind === "comment-approved" ? text.approvedQuestion : text.replyQuestion}</p>
      <FormStatus message={state.message} ok={state.ok} />
      {state.ok ? (
        <p>
          {text.changeLater}{" "}
          <Link href={accountPaths.account(lang)} className="text-brand underline">
            {text.accountLink}
          </Link>
        </p>
      ) : (
        <SubmitButton label={text.submit} pending={pending} />
      )}
    </form>
  );
}
