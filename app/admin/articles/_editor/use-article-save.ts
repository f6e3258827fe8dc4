"use client";

import { useActionState, useState } from "react";
import type { ArticleFormState } from "../schema";
import type { ArticleFormValues } from "./article-form-values";

type Save = (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
type Sent = { data: FormData; sent: ArticleFormValues };

/**
 * Sends the form to the save action. A successful save moves the version the form edits from and
 * what counts as unsaved; `state.saves` counts successful saves (the image field starts afresh after each).
 */
export function useArticleSave(save: Save, initial: ArticleFormValues, openedAt: number | null) {
  const [version, setVersion] = useState(openedAt);
  const [baseline, setBaseline] = useState(initial);
  const run = async (previous: ArticleFormState & { saves: number }, { data, sent }: Sent) => {
    const next = await save(previous, data);
    if (next.ok && next.version) {
      setVersion(next.version);
      setBaseline(sent);
    }
    return { ...next, saves: previous.saves + (next.ok ? 1 : 0) };
  };
  const [state, send, pending] = useActionState(run, { saves: 0 });
  return { state, send, pending, version, setVersion, baseline };
}
