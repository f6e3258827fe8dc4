"use server";

import "server-only";
import { refresh } from "next/cache";
import { getArticleCacheView } from "@/db/queries/article-cache-view";
import { applyBulkChange, bulkChangeApplies, listArticlesByIds } from "@/db/queries/article-bulk";
import { atomically, tryWrite } from "@/db/write";
import { fill } from "@/lib/i18n";
import { expireTags, tagsForArticleChange } from "@/app/(site)/reads/refresh";
import { refusalMessage } from "@/auth/access";
import { checkCaller } from "@/auth/session";
import { getAdminDictionary } from "../admin-language";
import { type BulkFormState, parseBulk } from "./bulk-schema";

/**
 * Publish, unpublish, delete or restore the ticked stories, all in one transaction. The single-story
 * buttons need an editor (not only an admin) for each of these, so one role check covers every story;
 * a story the change does not apply to (already published, already deleted…) is left alone and counted.
 */
export async function bulkChangeArticles(_: BulkFormState, formData: FormData): Promise<BulkFormState> {
  const caller = await checkCaller("editor");
  const { lang, t } = await getAdminDictionary();
  const at = Date.now();
  if (!caller.ok) return { message: refusalMessage(lang, caller.reason), at };
  const editor = caller.user;
  const b = t.articles.bulk;
  // A forged call may send anything: what is not a form is read as an empty selection, and refused.
  const parsed = parseBulk(formData instanceof FormData ? formData : new FormData());
  if (!parsed.ok) return { message: b.refused[parsed.refusal], at };

  const { intent, ids } = parsed;
  const found = await listArticlesByIds(ids);
  if (found.length !== ids.length) return { message: b.refused.unknown, at };
  const now = Date.now();
  const chosen = found.filter((article) => bulkChangeApplies(intent, article, now));
  if (chosen.length === 0) return { message: b.noneApplied, at };
  const before = await Promise.all(chosen.map((article) => getArticleCacheView(article.id)));
  const saved = await tryWrite(() =>
    atomically(async () => {
      for (const article of chosen) await applyBulkChange(intent, article, editor.id, now);
    }),
  );
  if (!saved.ok) return { message: t.form.notSaved, at };

  const after = await Promise.all(chosen.map((article) => getArticleCacheView(article.id)));
  const changed = chosen.flatMap((article, i) => tagsForArticleChange(before[i], after[i]));
  expireTags(...new Set(changed));
  refresh();
  const done = chosen.length === 1 ? b.done[intent].one : fill(b.done[intent].many, { count: String(chosen.length) });
  const skipped = found.length - chosen.length;
  const rest =
    skipped === 0 ? "" : ` ${skipped === 1 ? b.skipped.one : fill(b.skipped.many, { count: String(skipped) })}`;
  return { ok: true, message: `${done}${rest}`, at };
}
