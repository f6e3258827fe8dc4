import "server-only";
import * as commentQueries from "@/db/queries/comment-thread";
import type { Edition } from "@/db/schema";
import { tags } from "@/lib/cache-tags";
import { commentsAutoClosed } from "@/lib/comments/screen";
import { buildThread, type CommentOrder, commentPageSize } from "@/lib/comments/thread";
import { cachedRead } from "./cached-read";
import { getCachedModerationSettings } from "./pages";

/** One page of the approved thread under an article, the same for every reader. */
export const getCommentThread = cachedRead(
  "comment-thread",
  (lang: Edition, slug: string, articleId: number, order: CommentOrder, page: number) =>
    commentQueries.listThreadComments(articleId, {
      order,
      limit: commentPageSize,
      offset: (page - 1) * commentPageSize,
    }),
  (lang, slug, articleId) => [tags.article(lang, slug), tags.comments(articleId)],
);

type ThreadArticle = { id: number; slug: string; commentsOpen: boolean; publishedAt: number | null };

/** What the cached comment section shows: who is reading is added in the browser (components/comment-viewer-provider.tsx). */
export async function loadCommentThread(
  lang: Edition,
  article: ThreadArticle,
  order: CommentOrder = "oldest",
  page = 1,
) {
  const [approved, settings] = await Promise.all([
    getCommentThread(lang, article.slug, article.id, order, page),
    getCachedModerationSettings(),
  ]);
  return {
    comments: buildThread(approved.comments, [], order, null),
    total: approved.total,
    topLevelTotal: approved.topLevelTotal,
    hasMore: approved.hasMore,
    order,
    page,
    open: article.commentsOpen && !commentsAutoClosed(article.publishedAt, settings.autoCloseDays),
  };
}

export type LoadedThread = Awaited<ReturnType<typeof loadCommentThread>>;
