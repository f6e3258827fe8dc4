"use server";

import { forbidden, notFound, redirect } from "next/navigation";
import { getArticleById, getArticleCacheView } from "@/db/queries/admin-articles";
import { logContentChange } from "@/db/queries/audit";
import * as live from "@/db/queries/live-updates";
import { atomically, tryWrite, write } from "@/db/write";
import { renderMarkdown } from "@/lib/markdown";
import { refreshArticleCaches } from "@/lib/refresh";
import { accessDenied, AccessDeniedError } from "@/lib/session";
import { newsroomCaller } from "../../../access";
import { getAdminDictionary } from "../../../admin-language";
import { adminFieldErrors } from "../../../form-errors";
import { expireLivePage, noteFor, refreshDesk } from "./live-write";
import {
  type LiveCoverageFormState, liveCoverageSchema, livePinSchema, liveUpdateEditSchema, type LiveUpdateFormState, liveUpdateRefSchema, liveUpdateSchema,
} from "./schema";

// Public endpoints like every action: each checks the caller, then that the story (and the update)
// exist and belong together, before anything is written.

export async function saveLiveCoverage(_: LiveCoverageFormState, formData: FormData): Promise<LiveCoverageFormState> {
  const editor = await newsroomCaller();
  const { lang, t } = await getAdminDictionary();
  if (editor instanceof AccessDeniedError) return { message: accessDenied(lang, editor) };
  const parsed = liveCoverageSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: t.form.fixErrors, errors: adminFieldErrors(parsed.error, t.errors) };
  const { articleId, intent, liveUntil } = parsed.data;
  const article = getArticleById(articleId);
  if (!article || article.deletedAt !== null) return { message: t.errors.gone };
  const now = Date.now();
  if (intent === "start" && liveUntil !== null && liveUntil <= now) return { message: t.form.fixErrors, errors: { liveUntil: [t.live.untilInPast] } };
  const before = live.getLiveBlog(articleId);
  if (intent === "end" && !before) return { message: t.live.noLiveBlog };
  const saved = await tryWrite(() => atomically(() => {
    if (intent === "start") live.startLiveBlog({ articleId, liveUntil, now });
    else live.endLiveBlog(articleId, now);
    const after = live.getLiveBlog(articleId);
    logContentChange({ actorId: editor.id, action: "story-live", articleId, note: article.title, before: before ?? undefined, after: after ?? undefined, at: now });
  }));
  if (!saved.ok) return { message: t.form.notSaved };
  // The badge is on the story's page and on its cards (home, section): everywhere the story shows.
  const view = getArticleCacheView(articleId);
  refreshArticleCaches(view, view);
  refreshDesk(articleId);
  return { ok: true, message: intent === "start" ? t.live.started : t.live.endedNow };
}

export async function addLiveUpdate(_: LiveUpdateFormState, formData: FormData): Promise<LiveUpdateFormState> {
  const editor = await newsroomCaller();
  const { lang, t } = await getAdminDictionary();
  if (editor instanceof AccessDeniedError) return { message: accessDenied(lang, editor) };
  const parsed = liveUpdateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: t.form.fixErrors, errors: adminFieldErrors(parsed.error, t.errors) };
  const { articleId, headline, body } = parsed.data;
  const article = getArticleById(articleId);
  if (!article || article.deletedAt !== null) return { message: t.errors.gone };
  if (!live.getLiveBlog(articleId)) return { message: t.live.noLiveBlog };
  const now = Date.now();
  const saved = await tryWrite(() => atomically(() => {
    const id = live.createLiveUpdate({ articleId, headline, body, bodyHtml: renderMarkdown(body), createdBy: editor.id, now });
    if (id !== null) logContentChange({ actorId: editor.id, action: "story-live-update", articleId, note: noteFor(headline, body), after: { id, headline, body }, at: now });
    return id;
  }));
  if (!saved.ok) return { message: t.form.notSaved };
  if (saved.value === null) return { message: t.live.noLiveBlog };
  expireLivePage(articleId);
  return { ok: true, message: t.live.published };
}

export async function editLiveUpdate(_: LiveUpdateFormState, formData: FormData): Promise<LiveUpdateFormState> {
  const editor = await newsroomCaller();
  const { lang, t } = await getAdminDictionary();
  if (editor instanceof AccessDeniedError) return { message: accessDenied(lang, editor) };
  const parsed = liveUpdateEditSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: t.form.fixErrors, errors: adminFieldErrors(parsed.error, t.errors) };
  const { articleId, updateId, headline, body } = parsed.data;
  const current = live.getLiveUpdate(articleId, updateId);
  if (!current) return { message: t.live.updateGone };
  const now = Date.now();
  const saved = await tryWrite(() => atomically(() => {
    const changed = live.updateLiveUpdate({ id: updateId, articleId, headline, body, bodyHtml: renderMarkdown(body), now });
    if (changed) {
      logContentChange({
        actorId: editor.id, action: "story-live-update", articleId, note: noteFor(headline, body),
        before: { id: updateId, headline: current.headline, body: current.body }, after: { id: updateId, headline, body }, at: now,
      });
    }
    return changed;
  }));
  if (!saved.ok) return { message: t.form.notSaved };
  if (!saved.value) return { message: t.live.updateGone };
  expireLivePage(articleId);
  return { ok: true, message: t.live.saved };
}

/** Answers with the desk page again (works without JavaScript); a stranger gets the 403 page. */
async function deskCaller() {
  const editor = await newsroomCaller();
  if (editor instanceof AccessDeniedError) forbidden();
  return editor;
}

export async function deleteLiveUpdate(formData: FormData): Promise<void> {
  const editor = await deskCaller();
  const parsed = liveUpdateRefSchema.safeParse(Object.fromEntries(formData));
  const current = parsed.success ? live.getLiveUpdate(parsed.data.articleId, parsed.data.updateId) : null;
  if (!current) notFound();
  await write(() => atomically(() => {
    if (!live.deleteLiveUpdate(current.articleId, current.id)) return;
    logContentChange({ actorId: editor.id, action: "story-live-update", articleId: current.articleId, note: noteFor(current.headline, current.body), before: { id: current.id, headline: current.headline, body: current.body } });
  }));
  expireLivePage(current.articleId);
  redirect(`/admin/articles/${current.articleId}/live?done=deleted`);
}

export async function pinLiveUpdate(formData: FormData): Promise<void> {
  const editor = await deskCaller();
  const parsed = livePinSchema.safeParse(Object.fromEntries(formData));
  const current = parsed.success ? live.getLiveUpdate(parsed.data.articleId, parsed.data.updateId) : null;
  if (!parsed.success || !current) notFound();
  const pin = parsed.data.pin === "1";
  await write(() => atomically(() => {
    live.setPinnedUpdate(current.articleId, pin ? current.id : null);
    logContentChange({ actorId: editor.id, action: "story-live-update", articleId: current.articleId, note: noteFor(current.headline, current.body), after: { pinned: pin ? current.id : null } });
  }));
  expireLivePage(current.articleId);
  redirect(`/admin/articles/${current.articleId}/live?done=pinned`);
}
