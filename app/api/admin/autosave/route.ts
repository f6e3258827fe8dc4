import { autosaveDiscardSchema, autosaveSchema } from "@/app/admin/articles/editing-schema";
import { articleExists, deleteAutosave, putAutosave } from "@/db/queries/editing";
import { newsroomRequest, privateJson, readJson } from "../newsroom-request";

// The editor's private autosave (sent by fetch every few seconds and by sendBeacon on leaving).
// It is stored per editor and story and never published: only a Save in the editor publishes.

export async function POST(request: Request) {
  const editor = await newsroomRequest(request);
  if (editor instanceof Response) return editor;
  const parsed = autosaveSchema.safeParse(await readJson(request));
  if (!parsed.success) return privateJson({ error: "invalid" }, 400);
  const { articleId, baseVersion, values } = parsed.data;
  if (articleId !== 0 && !(await articleExists(articleId))) return privateJson({ error: "not-found" }, 404);
  const savedAt = Date.now();
  await putAutosave({
    userId: editor.id,
    articleId,
    baseVersion: articleId === 0 ? null : baseVersion,
    values,
    savedAt,
  });
  return privateJson({ savedAt });
}

export async function DELETE(request: Request) {
  const editor = await newsroomRequest(request);
  if (editor instanceof Response) return editor;
  const parsed = autosaveDiscardSchema.safeParse(await readJson(request));
  if (!parsed.success) return privateJson({ error: "invalid" }, 400);
  await deleteAutosave(editor.id, parsed.data.articleId);
  return privateJson({ ok: true });
}
