"use server";

import "server-only";
import fs from "node:fs";
import { redirect } from "next/navigation";
import { logContentChange } from "@/db/queries/audit";
import * as queries from "@/db/queries/media";
import { atomically, tryWrite } from "@/db/write";
import { fill } from "@/lib/i18n";
import { safeMediaPath } from "@/lib/media";
import { refusalMessage } from "@/auth/access";
import { checkCaller } from "@/auth/session";
import { fieldErrors } from "@/lib/form-state";
import { storeImageUpload } from "@/lib/upload";
import { getAdminDictionary } from "../admin-language";
import { refreshPagesShowing } from "./refresh";
import {
  cleanFileName,
  type MediaField,
  type MediaFormState,
  mediaEditSchema,
  mediaIdSchema,
  mediaTextSchema,
} from "./schema";

// Each action is a public endpoint: the caller is checked before the form is read.
// Anything but a FormData (an action can be posted anything) gets the "reload and try again" answer.
async function begin(formData: unknown) {
  const editor = await checkCaller("editor");
  const { lang, t, dict } = await getAdminDictionary();
  const refused: MediaFormState | null = !editor.ok
    ? { message: refusalMessage(lang, editor.reason) }
    : formData instanceof FormData
      ? null
      : { message: dict.moderation.invalid };
  return { editorId: editor.ok ? editor.user.id : 0, refused, t };
}

function removeFile(path: string) {
  const file = safeMediaPath(path);
  if (file) fs.rmSync(file, { force: true });
}

const textOf = (formData: FormData) =>
  Object.fromEntries(
    ["altEn", "altGu", "creditEn", "creditGu", "focalX", "focalY"].map((key) => [
      key,
      String(formData.get(key) ?? "").slice(0, 1100),
    ]),
  );

export async function uploadMedia(_: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const { editorId, refused, t } = await begin(formData);
  if (refused) return refused;
  const values = textOf(formData);
  const parsed = mediaTextSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { message: t.form.fixErrors, errors: fieldErrors<MediaField>(parsed.error, t.errors), values };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { message: t.form.fixErrors, errors: { file: [t.errors.fileRequired] }, values };
  const stored = await storeImageUpload(file);
  if (!stored.ok) return { message: t.form.fixErrors, errors: { file: [t.errors[stored.error]] }, values };

  const fileName = cleanFileName(file.name);
  const created = await tryWrite(() =>
    atomically(async () => {
      const id = await queries.createMedia({ ...stored.image, ...parsed.data, fileName, uploadedBy: editorId });
      await logContentChange({
        actorId: editorId,
        action: "media-upload",
        note: fileName,
        after: { id, path: stored.image.path, ...parsed.data },
      });
      return id;
    }),
  );
  if (!created.ok) {
    removeFile(stored.image.path);
    return { message: t.form.notSaved, values };
  }
  redirect(`/admin/media/${created.value}?done=uploaded`);
}

export async function updateMedia(_: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const { editorId, refused, t } = await begin(formData);
  if (refused) return refused;
  const values = textOf(formData);
  const parsed = mediaEditSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { message: t.form.fixErrors, errors: fieldErrors<MediaField>(parsed.error, t.errors), values };
  const { id, ...edit } = parsed.data;

  const saved = await tryWrite(() =>
    atomically(async () => {
      const current = await queries.getMedia(id);
      if (!current || !(await queries.updateMedia(id, edit))) return null;
      const changed = (Object.keys(edit) as (keyof typeof edit)[]).filter((key) => current[key] !== edit[key]);
      const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, source[key]]));
      await logContentChange({
        actorId: editorId,
        action: "media-edit",
        note: current.fileName,
        before: pick(current),
        after: pick(edit),
      });
      return current;
    }),
  );
  if (!saved.ok) return { message: t.form.notSaved, values };
  if (!saved.value) return { message: t.errors.mediaGone, values };
  await refreshPagesShowing(saved.value.path);
  return { ok: true, message: t.media.edit.saved, values };
}

export async function deleteMedia(_: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const { editorId, refused, t } = await begin(formData);
  if (refused) return refused;
  const parsed = mediaIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: t.errors.mediaGone };

  // The use check and the delete are one transaction: no story can start using it in between.
  const done = await tryWrite(() =>
    atomically(async () => {
      const current = await queries.getMedia(parsed.data.id);
      if (!current) return { kind: "gone" } as const;
      const inUse = await queries.listMediaUsage(current.path);
      if (inUse.length > 0) return { kind: "inUse", inUse } as const;
      await queries.deleteMedia(current.id);
      await logContentChange({
        actorId: editorId,
        action: "media-delete",
        note: current.fileName,
        before: { path: current.path, altEn: current.altEn, altGu: current.altGu },
      });
      return { kind: "deleted", deleted: current } as const;
    }),
  );
  if (!done.ok) return { message: t.form.notSaved };
  if (done.value.kind === "gone") return { message: t.errors.mediaGone };
  if (done.value.kind === "inUse") {
    const stories = done.value.inUse.map((story) => ({ id: story.id, title: story.title }));
    return {
      message: fill(t.media.remove.inUse, { titles: stories.map((s) => `“${s.title}”`).join(", ") }),
      inUse: stories,
    };
  }
  removeFile(done.value.deleted.path);
  redirect("/admin/media?done=deleted");
}
