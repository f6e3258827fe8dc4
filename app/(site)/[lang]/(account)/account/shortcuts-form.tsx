"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { Edition } from "@/db/schema";
import { accountPaths } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { changeKeyboardShortcuts } from "./actions";

type Props = { lang: Edition; enabled: boolean; text: Dictionary["account"]["page"] };

/** The desk's one-key shortcuts can be turned off (WCAG 2.1.4); shown to editors and admins. */
export function ShortcutsForm({ lang, enabled, text }: Props) {
  const [state, action, pending] = useActionState(
    changeKeyboardShortcuts,
    {} as FormState<"shortcuts">,
    accountPaths.account(lang),
  );
  const checked = state.values?.shortcuts ? state.values.shortcuts === "on" : enabled;
  return (
    <form action={action} aria-labelledby="shortcuts-heading" className="flex flex-col gap-3">
      <h2 id="shortcuts-heading" className="text-xl font-bold">
        {text.shortcutsTitle}
      </h2>
      <input type="hidden" name="lang" value={lang} />
      <label className="flex min-h-11 items-center gap-3 font-semibold">
        <input
          key={String(checked)}
          type="checkbox"
          role="switch"
          name="shortcuts"
          value="on"
          defaultChecked={checked}
          aria-describedby="shortcuts-hint"
          className="size-5 accent-brand"
        />
        {text.shortcutsLabel}
      </label>
      <p id="shortcuts-hint" className="text-sm text-muted">
        {text.shortcutsHint}
      </p>
      <FormStatus message={state.message} ok={state.ok} />
      <SubmitButton label={text.shortcutsSubmit} pending={pending} />
    </form>
  );
}
