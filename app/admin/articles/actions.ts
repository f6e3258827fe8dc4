"use server";

import "server-only";
import { notFound, redirect } from "next/navigation";
import { refusalMessage } from "@/auth/access";
import { checkCaller } from "@/auth/session";
import { getArticleCacheView } from "@/db/queries/article-cache-view";
import * as queries from "@/db/queries/article-editor-reads";
import { saveArticleRecord, setArticleDeleted } from "@/db/queries/article-save";
import { deleteAutosave } from "@/db/queries/editing";
import { createCorrection, getRevision } from "@/db/queries/revisions";
import { atomically, tryWrite, write } from "@/db/write";
import { isEdition } from "@/lib/i18n";
import { mediaPathsIn, renderMarkdown } from "@/lib/markdown";
import { createMedia, getMedia, getMediaSizes } from "@/db/queries/media";
import { refreshArticleCaches } from "@/app/(site)/reads/refresh";
import { storeImageUpload, type StoredUpload } from "@/lib/upload";
import { slugify } from "@/lib/slug";
import { getAdminDictionary } from "../admin-language";
import { cleanFileName } from "../media/schema";
import { editorAction, editorButton } from "../newsroom-action";
import { describeConflict } from "./conflict";
import { logContentChange } from "@/db/queries/audit";
import { articleWrite, auditActionFor, isLive, resolveArticle, restoredWrite } from "./article-write";
import {
  type ArticleFormState,
  articleIdSchema,
  articleLimits,
  articleSchema,
  type CorrectionFormState,
  correctionSchema,
  revisionSchema,
  type SlugSuggestion,
} from "./schema";

// Every action here is a public endpoint: each is built by ../newsroom-action.ts, which checks the
// caller first (a commenter or a stranger posting an action id gets the refusal sentence, or a 403).

export const saveArticle = editorAction(
  articleSchema,
  async (input, { user: editor, ctx: { lang, t }, form }): Promise<ArticleFormState> => {
    const current = input.id ? await queries.getArticleById(input.id) : null;
    if (input.id && !current) return { message: t.errors.gone };
    const baseVersion = current ? (input.overwrite ?? input.version) : undefined;
    const stale = async () => ({
      message: t.editing.staleSave,
      conflict: (await describeConflict(current!.id, input.version!, lang, t)) ?? undefined,
    });
    if (current && current.version !== baseVersion) return stale();
    const file = form.get("image");
    const image = file instanceof File && file.size > 0 ? file : null;
    const chosen = !image && input.mediaId ? await getMedia(input.mediaId) : null;
    if (!image && input.mediaId && !chosen)
      return { message: t.form.fixErrors, errors: { image: [t.errors.mediaGone] } };
    const problemsOf = async (now: number) => {
      const resolved = await resolveArticle(input, current, now, image !== null || chosen !== null);
      if (!("problems" in resolved)) return resolved;
      const errors = Object.fromEntries(
        Object.entries(resolved.problems).map(([field, key]) => [field, [t.errors[key]]]),
      );
      return { message: t.form.fixErrors, errors } satisfies ArticleFormState;
    };
    let checked = await problemsOf(Date.now());
    if ("message" in checked) return checked;
    let upload: StoredUpload | null = chosen ? { path: chosen.path, width: chosen.width, height: chosen.height } : null;
    if (image) {
      const stored = await storeImageUpload(image);
      if (!stored.ok) return { message: t.form.fixErrors, errors: { image: [t.errors[stored.error]] } };
      upload = stored.image;
      // Checked again: another save may have taken the slug while the image was being encoded.
      checked = await problemsOf(Date.now());
      if ("message" in checked) return checked;
    }

    const now = Date.now();
    const before = current ? await getArticleCacheView(current.id) : null;
    const saved = await tryWrite(() =>
      atomically(async () => {
        const written = await saveArticleRecord(articleWrite(input, checked, current, upload, now), {
          id: current?.id,
          editorId: editor.id,
          now,
          baseVersion,
        });
        if (written === "stale") return written;
        await deleteAutosave(editor.id, current?.id ?? 0);
        // A file uploaded here joins the media library too, with this story's alt text in its edition's language.
        if (image && upload) {
          const fileName = cleanFileName(image.name);
          await createMedia({
            ...upload,
            fileName,
            uploadedBy: editor.id,
            altEn: input.edition === "en" ? input.imageAlt : "",
            altGu: input.edition === "gu" ? input.imageAlt : "",
            creditEn: "",
            creditGu: "",
          });
          await logContentChange({ actorId: editor.id, action: "media-upload", note: fileName, at: now });
        }
        const row = (await queries.getArticleById(written))!;
        await logContentChange({
          actorId: editor.id,
          action: auditActionFor(current, row, now),
          articleId: written,
          note: row.title,
          at: now,
        });
        return written;
      }),
    );
    if (!saved.ok) return { message: t.form.notSaved };
    if (saved.value === "stale") return stale();
    const id = saved.value;
    refreshArticleCaches(before, await getArticleCacheView(id));
    if (!current) redirect(`/admin/articles/${id}?done=created`);
    return { ok: true, message: t.form.saved, version: baseVersion! + 1 };
  },
);

/** The body as readers will see it, for the editor's live preview (debounced by the form). */
export async function previewArticleBody(body: unknown): Promise<{ html: string; message?: string }> {
  const editor = await checkCaller("editor");
  if (!editor.ok) return { html: "", message: refusalMessage((await getAdminDictionary()).lang, editor.reason) };
  if (typeof body !== "string" || body.length > articleLimits.body) return { html: "" };
  return { html: renderMarkdown(body, await getMediaSizes(mediaPathsIn(body))) };
}

/** The slug a headline would get, and whether its edition already has it. */
export async function suggestArticleSlug(
  title: unknown,
  edition: unknown,
  id: unknown,
): Promise<SlugSuggestion & { message?: string }> {
  const editor = await checkCaller("editor");
  if (!editor.ok)
    return { slug: "", taken: false, message: refusalMessage((await getAdminDictionary()).lang, editor.reason) };
  if (typeof title !== "string" || typeof edition !== "string" || !isEdition(edition) || title.trim() === "")
    return { slug: "", taken: false };
  const slug = slugify(title.slice(0, articleLimits.title));
  return { slug, taken: await queries.isSlugTaken(edition, slug, Number.isInteger(id) ? (id as number) : undefined) };
}

export const addCorrection = editorAction(
  correctionSchema,
  async (input, { user: editor, ctx: { t } }): Promise<CorrectionFormState> => {
    const article = await queries.getArticleById(input.articleId);
    if (!article) return { message: t.errors.gone };
    if (!isLive(article, Date.now())) return { message: t.errors.notLive };
    if (!(await tryWrite(() => createCorrection({ articleId: article.id, body: input.body, createdBy: editor.id }))).ok)
      return { message: t.form.notSaved };
    const view = await getArticleCacheView(article.id);
    refreshArticleCaches(view, view);
    return { ok: true, message: t.corrections.added };
  },
);

export const deleteArticle = editorButton(articleIdSchema, async ({ id }, { user: editor }) => {
  const article = await queries.getArticleById(id);
  if (!article) notFound();
  if (article.deletedAt === null) {
    const before = await getArticleCacheView(article.id);
    await write(() =>
      atomically(async () => {
        await setArticleDeleted(article.id, Date.now());
        await logContentChange({
          actorId: editor.id,
          action: "story-delete",
          articleId: article.id,
          note: article.title,
        });
      }),
    );
    refreshArticleCaches(before, await getArticleCacheView(article.id));
  }
  redirect("/admin/articles?state=deleted");
});

export const restoreArticle = editorButton(articleIdSchema, async ({ id }, { user: editor }) => {
  const article = await queries.getArticleById(id);
  if (!article) notFound();
  if (article.deletedAt !== null) {
    await write(() =>
      atomically(async () => {
        await setArticleDeleted(article.id, null);
        await logContentChange({
          actorId: editor.id,
          action: "story-restore",
          articleId: article.id,
          note: article.title,
        });
      }),
    );
    refreshArticleCaches(null, await getArticleCacheView(article.id));
  }
  redirect(`/admin/articles/${article.id}?done=restored&at=${Date.now()}`);
});

/** Puts an earlier version back. It is an ordinary save, so the version it replaces becomes a revision too. */
export const restoreRevision = editorButton(revisionSchema, async ({ articleId, revisionId }, { user: editor }) => {
  const current = await queries.getArticleById(articleId);
  const revision = current ? await getRevision(current.id, revisionId) : null;
  if (!current || !revision) notFound();
  const { snapshot } = revision;
  if (await queries.isSlugTaken(snapshot.edition, snapshot.slug, current.id))
    redirect(`/admin/articles/${current.id}/revisions?error=slug`);

  const now = Date.now();
  const before = await getArticleCacheView(current.id);
  await write(() =>
    atomically(async () => {
      await saveArticleRecord(await restoredWrite(snapshot, current, now), {
        id: current.id,
        editorId: editor.id,
        now,
      });
      await logContentChange({
        actorId: editor.id,
        action: "story-edit",
        articleId: current.id,
        note: snapshot.title,
        at: now,
      });
    }),
  );
  refreshArticleCaches(before, await getArticleCacheView(current.id));
  redirect(`/admin/articles/${current.id}?done=revision&at=${now}`);
});
