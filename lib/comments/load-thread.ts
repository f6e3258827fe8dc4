import { listOwnPendingComments } from "@/db/queries/comments";
import type { Edition } from "@/db/schema";
import { commentSettings } from "@/lib/comment-settings";
import { getCachedModerationSettings, getCommentThread } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { getCurrentUser } from "@/lib/session";
import { commentsAutoClosed } from "./screen";
import { buildThread, threadOptions } from "./thread";

type Search = Record<string, string | string[] | undefined>;

/**
 * Everything the comment section shows for this request. The approved thread
 * comes from the cache; only a signed-in reader costs a query, for their own
 * pending comments.
 */
export async function loadCommentThread(lang: Edition, article: { id: number; slug: string; commentsOpen: boolean; publishedAt: number | null }, search: Search) {
  const { order, limit } = threadOptions(search);
  const [viewer, approved] = await Promise.all([getCurrentUser(), getCommentThread(lang, article.slug, article.id, order, limit)]);
  const ownPending = viewer ? listOwnPendingComments(article.id, viewer.id) : [];
  const settings = commentSettings();
  return {
    articlePath: paths.article(lang, article.slug),
    comments: buildThread(approved.comments, ownPending, order, viewer?.id ?? null),
    total: approved.total,
    hasMore: approved.hasMore,
    order,
    limit,
    context: {
      lang,
      slug: article.slug,
      text: getDictionary(lang).comments,
      viewer: viewer ? { name: viewer.name } : null,
      open: article.commentsOpen && !commentsAutoClosed(article.publishedAt, (await getCachedModerationSettings()).autoCloseDays),
      now: Date.now(),
      editMinutes: settings.editMinutes,
      maxLength: settings.maxLength,
    },
  };
}
