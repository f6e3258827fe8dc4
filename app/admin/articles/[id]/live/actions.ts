"use server";

import "server-only";
import { notFound, redirect } from "next/navigation";
import { getArticleCacheView } from "@/db/queries/article-cache-view";
import { getArticleById } from "@/db/queries/article-editor-reads";
import { logContentChange } from "@/db/queries/audit";
import * as live from "@/db/queries/live-updates";
import { atomically, tryWrite, write } from "@/db/write";
import { renderMarkdown } from "@/lib/markdown";
import { refreshArticleCaches } from "@/app/(site)/reads/refresh";
import { editorAction, editorButton } from "../../../newsroom-action";
import { expireLivePage, noteFor, refreshDesk } from "./live-write";
import {
  type LiveCoverageFormState,
  liveCoverageSchema,
  livePinSchema,
  liveUpdateEditSchema,
  type LiveUpdateFormState,
  liveUpdateRefSchema,
  liveUpdateSchema,
} from "./schema";

// Public endpoints like every action: each is built by newsroom-action.ts (caller checked, form parsed),
// then checks that the story (and the update) exist and belong together, before anything is written.

export const saveLiveCoverage = editorAction(
  liveCoverageSchema,
  async ({ articleId, intent, liveUntil }, { user: editor, ctx: { t } }): Promise<LiveCoverageFormState> => {
    const article = await getArticleById(articleId);
    if (!article || article.deletedAt !== null) return { message: t.errors.gone };
    const now = Date.now();
    if (intent === "start" && liveUntil !== null && liveUntil <= now)
      return { message: t.form.fixErrors, errors: { liveUntil: [t.live.untilInPast] } };
    const before = await live.getLiveBlog(articleId);
    if (intent === "end" && !before) return { message: t.live.noLiveBlog };
    const saved = await tryWrite(() =>
      atomically(async () => {
        if (intent === "start") await live.startLiveBlog({ articleId, liveUntil, now });
        else await live.endLiveBlog(articleId, now);
        const after = await live.getLiveBlog(articleId);
        await logContentChange({
          actorId: editor.id,
          action: "story-live",
          articleId,
          note: article.title,
          before: before ?? undefined,
          after: after ?? undefined,
          at: now,
        });
      }),
    );
    if (!saved.ok) return { message: t.form.notSaved };
    // The badge is on the story's page and on its cards (home, section): everywhere the story shows.
    const view = await getArticleCacheView(articleId);
    refreshArticleCaches(view, view);
    refreshDesk(articleId);
    return { ok: true, message: intent === "start" ? t.live.started : t.live.endedNow };
  },
);

export const addLiveUpdate = editorAction(
  liveUpdateSchema,
  async ({ articleId, headline, body }, { user: editor, ctx: { t } }): Promise<LiveUpdateFormState> => {
    const article = await getArticleById(articleId);
    if (!article || article.deletedAt !== null) return { message: t.errors.gone };
    if (!(await live.getLiveBlog(articleId))) return { message: t.live.noLiveBlog };
    const now = Date.now();
    const saved = await tryWrite(() =>
      atomically(async () => {
        const id = await live.createLiveUpdate({
          articleId,
          headline,
          body,
          bodyHtml: renderMarkdown(body),
          createdBy: editor.id,
          now,
        });
        if (id !== null)
          await logContentChange({
            actorId: editor.id,
            action: "story-live-update",
            articleId,
            note: noteFor(headline, body),
            after: { id, headline, body },
            at: now,
          });
        return id;
      }),
    );
    if (!saved.ok) return { message: t.form.notSaved };
    if (saved.value === null) return { message: t.live.noLiveBlog };
    await expireLivePage(articleId);
    return { ok: true, message: t.live.published };
  },
);

export const editLiveUpdate = editorAction(
  liveUpdateEditSchema,
  async ({ articleId, updateId, headline, body }, { user: editor, ctx: { t } }): Promise<LiveUpdateFormState> => {
    const current = await live.getLiveUpdate(articleId, updateId);
    if (!current) return { message: t.live.updateGone };
    const now = Date.now();
    const saved = await tryWrite(() =>
      atomically(async () => {
        const changed = await live.updateLiveUpdate({
          id: updateId,
          articleId,
          headline,
          body,
          bodyHtml: renderMarkdown(body),
          now,
        });
        if (changed) {
          await logContentChange({
            actorId: editor.id,
            action: "story-live-update",
            articleId,
            note: noteFor(headline, body),
            before: { id: updateId, headline: current.headline, body: current.body },
            after: { id: updateId, headline, body },
            at: now,
          });
        }
        return changed;
      }),
    );
    if (!saved.ok) return { message: t.form.notSaved };
    if (!saved.value) return { message: t.live.updateGone };
    await expireLivePage(articleId);
    return { ok: true, message: t.live.saved };
  },
);

// These answer with the desk page again (they work without JavaScript); a stranger gets the 403 page.

export const deleteLiveUpdate = editorButton(liveUpdateRefSchema, async ({ articleId, updateId }, { user: editor }) => {
  const current = await live.getLiveUpdate(articleId, updateId);
  if (!current) notFound();
  await write(() =>
    atomically(async () => {
      if (!(await live.deleteLiveUpdate(current.articleId, current.id))) return;
      await logContentChange({
        actorId: editor.id,
        action: "story-live-update",
        articleId: current.articleId,
        note: noteFor(current.headline, current.body),
        before: { id: current.id, headline: current.headline, body: current.body },
      });
    }),
  );
  await expireLivePage(current.articleId);
  redirect(`/admin/articles/${current.articleId}/live?done=deleted`);
});

export const pinLiveUpdate = editorButton(
  livePinSchema,
  async ({ articleId, updateId, pin: pinned }, { user: editor }) => {
    const current = await live.getLiveUpdate(articleId, updateId);
    if (!current) notFound();
    const pin = pinned === "1";
    await write(() =>
      atomically(async () => {
        await live.setPinnedUpdate(current.articleId, pin ? current.id : null);
        await logContentChange({
          actorId: editor.id,
          action: "story-live-update",
          articleId: current.articleId,
          note: noteFor(current.headline, current.body),
          after: { pinned: pin ? current.id : null },
        });
      }),
    );
    await expireLivePage(current.articleId);
    redirect(`/admin/articles/${current.articleId}/live?done=pinned`);
  },
);
