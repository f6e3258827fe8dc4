"use client";

import { type Dispatch, type SetStateAction, useState } from "react";
import type { Dictionary } from "@/lib/i18n";
import type { ArticleFormState } from "../schema";
import type { ArticleFormAutosave, ArticleFormValues } from "./article-form-values";
import { discardAutosave } from "./use-autosave";

type Options = {
  state: ArticleFormState;
  /** The autosave holds what the form shows. */
  kept: boolean;
  autosave: ArticleFormAutosave | null;
  articleId: number;
  setValues: Dispatch<SetStateAction<ArticleFormValues>>;
  setVersion: (version: number) => void;
  t: Dictionary["admin"]["editing"];
};

/**
 * The other versions of the story the editor may take into the form: a colleague's newer save
 * (merge) and their own private autosave (restore or discard). What was done is the status line
 * until the next save answers.
 */
export function useOtherVersions({ state, kept, autosave, articleId, setValues, setVersion, t }: Options) {
  const [offer, setOffer] = useState(autosave);
  const [notice, setNotice] = useState<{ after: ArticleFormState; text: string } | null>(null);
  const noticed = notice?.after === state;

  function merge() {
    if (!state.conflict) return;
    setValues((v) => ({ ...v, ...state.conflict!.theirs }));
    setVersion(state.conflict.version);
    setNotice({ after: state, text: t.merged });
  }
  function restore() {
    if (!offer) return;
    setValues((v) => ({ ...v, ...offer.values }));
    if (offer.baseVersion !== null) setVersion(offer.baseVersion);
    setOffer(null);
    setNotice({ after: state, text: t.restored });
  }
  function discard() {
    void discardAutosave(articleId);
    setOffer(null);
    setNotice({ after: state, text: t.discarded });
  }
  const status = noticed
    ? { message: notice.text, ok: true }
    : { message: state.message ?? (kept ? t.autosaved : undefined), ok: state.message ? state.ok : kept };
  return { offer, conflict: noticed ? null : (state.conflict ?? null), status, merge, restore, discard };
}
