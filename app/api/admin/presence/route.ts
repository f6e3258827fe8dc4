import { presenceSchema } from "@/app/admin/articles/editing-schema";
import { articleExists, leavePresence, touchPresence } from "@/db/queries/editing";
import { newsroomRequest, privateJson, readJson } from "../newsroom-request";

/** Someone counts as having a story open while their editor keeps pinging (every 5 s); no lock is held. */
const presenceWindowMs = 15_000;

export async function POST(request: Request) {
  const editor = await newsroomRequest(request);
  if (editor instanceof Response) return editor;
  const parsed = presenceSchema.safeParse(await readJson(request));
  if (!parsed.success) return privateJson({ error: "invalid" }, 400);
  const { articleId, leaving, lang = "en" } = parsed.data;
  if (!(await articleExists(articleId))) return privateJson({ error: "not-found" }, 404);
  if (leaving) {
    await leavePresence(articleId, editor.id);
    return privateJson({ others: [] });
  }
  const now = Date.now();
  const others = await touchPresence(articleId, editor.id, now, now - presenceWindowMs);
  return privateJson({
    others: others.map((p) => ({ id: p.id, name: lang === "gu" ? (p.nameGu ?? p.name) : p.name })),
  });
}
