import Link from "next/link";
import type { Edition } from "@/db/schema";
import type { ThreadComment, CommentOrder } from "@/lib/comments/thread";
import { type Dictionary, fill } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { CommentItem } from "./comment-item";
import { CommentPanel } from "./comment-panel";
import { type CommentActionSet, CommentViewerProvider } from "./comment-viewer-provider";
import { CommentSort } from "./comment-sort";

type Props = {
  lang: Edition;
  article: { id: number; slug: string };
  text: Dictionary["comments"];
  actions: CommentActionSet;
  maxLength: number;
  thread: {
    comments: ThreadComment[];
    total: number;
    hasMore: boolean;
    order: CommentOrder;
    page: number;
    open: boolean;
  };
};

/** The conversation under an article: the same cached HTML for everyone, with the reader's part drawn by the island. */
export function CommentThread({ lang, article, text, actions, maxLength, thread }: Props) {
  const { comments, total, hasMore, order, page, open } = thread;
  const articlePath = paths.article(lang, article.slug);
  return (
    <section aria-labelledby="comments-heading" id="comments" className="mt-12 scroll-mt-20">
      <CommentViewerProvider
        lang={lang}
        slug={article.slug}
        articleId={article.id}
        text={text}
        actions={actions}
        maxLength={maxLength}
      >
        <h2 id="comments-heading" className="mb-2 text-xl font-bold">
          {text.heading}{" "}
          <span className="text-base font-normal text-muted">
            ({total === 1 ? text.countOne : fill(text.count, { count: total })})
          </span>
        </h2>
        {total > 1 ? <CommentSort lang={lang} slug={article.slug} order={order} text={text} /> : null}
        <CommentPanel articlePath={articlePath} openWhenCached={open} />
        {comments.length === 0 ? (
          <p className="text-muted">{text.empty}</p>
        ) : (
          <ol className="space-y-4">
            {comments.map((comment) => (
              <CommentItem key={comment.id} comment={comment} lang={lang} text={text} />
            ))}
          </ol>
        )}
        <nav aria-label={text.pagesLabel} className="mt-6 flex justify-center gap-4">
          {page > 1 ? (
            <Link
              href={`${paths.comments(lang, article.slug, order, page - 1)}#comments`}
              prefetch={false}
              className="inline-flex min-h-11 items-center rounded border border-line px-4 font-semibold hover:border-brand"
            >
              {text.previousComments}
            </Link>
          ) : null}
          {hasMore ? (
            <Link
              href={`${paths.comments(lang, article.slug, order, page + 1)}#comments`}
              prefetch={false}
              className="inline-flex min-h-11 items-center rounded border border-line px-4 font-semibold hover:border-brand"
            >
              {text.loadMore}
            </Link>
          ) : null}
        </nav>
      </CommentViewerProvider>
    </section>
  );
}
