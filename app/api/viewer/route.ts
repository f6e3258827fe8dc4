import { z } from "zod";
import { listOwnLiveComments } from "@/db/queries/comment-thread";
import { countUserApprovedComments, getCommentableArticleById } from "@/db/queries/comments";
import { commentSettings } from "@/lib/comment-settings";
import { commentsAutoClosed } from "@/lib/comments/screen";
import type { Viewer } from "@/lib/comments/viewer";
import { getModerationSettings } from "@/app/(site)/reads/moderation-settings";
import { getSessionState } from "@/auth/session";

// The only per-reader part of a public page, fetched by the page's client island
// (components/comment-viewer-provider.tsx); public pages themselves are cached whole.
const query = z.object({ article: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional() });

const privateJson = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });

export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return privateJson({ error: "invalid" }, 400);
  const state = await getSessionState();
  if (state.status !== "active") return privateJson({ status: state.status } satisfies Viewer);
  const { user } = state;
  const settings = await getModerationSettings();
  const trusted =
    user.trusted || user.role !== "commenter" || (await countUserApprovedComments(user.id)) >= settings.trustThreshold;
  const viewer: Viewer = { status: "active", user: { id: user.id, name: user.name, trusted } };
  const articleId = parsed.data.article;
  const article = articleId ? await getCommentableArticleById(articleId) : null;
  if (article) {
    const own = await listOwnLiveComments(article.id, user.id);
    const editableSince = Date.now() - commentSettings().editMinutes * 60_000;
    viewer.article = {
      id: article.id,
      open: article.commentsOpen && !commentsAutoClosed(article.publishedAt, settings.autoCloseDays),
      pending: own.filter((c) => c.status === "pending"),
      editable: own.filter((c) => c.createdAt > editableSince).map((c) => ({ id: c.id, body: c.body })),
      ownIds: own.map((c) => c.id),
    };
  }
  return privateJson(viewer);
}
