import Link from "next/link";
import { accountPaths } from "@/lib/account-paths";
import type { CommentOrder, ThreadComment } from "@/lib/comments/thread";
import { commentPageSize, threadHref } from "@/lib/comments/thread";
import { fill } from "@/lib/i18n";
import { CommentForm } from "./comment-form";
import { type CommentContext, CommentItem } from "./comment-item";
import { CommentSort } from "./comment-sort";

type Props = {
  context: CommentContext;
  articlePath: string;
  comments: ThreadComment[];
  total: number;
  hasMore: boolean;
  order: CommentOrder;
  limit: number;
};

/** The conversation under an article: count, order, the form (or the way to it), the threaded comments and "load more". */
export function CommentThread({ context, articlePath, comments, total, hasMore, order, limit }: Props) {
  const { text, viewer, open, lang, slug, actions } = context;
  const back = `${articlePath}#comments`;
  const last = comments.filter((c) => c.parentId === null).at(-1);
  return (
    <section aria-labelledby="comments-heading" id="comments" className="mt-12 scroll-mt-20">
      <h2 id="comments-heading" className="mb-2 text-xl font-bold">
        {text.heading} <span className="text-base font-normal text-muted">({total === 1 ? text.countOne : fill(text.count, { count: total })})</span>
      </h2>
      {total > 1 ? <CommentSort articlePath={articlePath} order={order} limit={limit} text={text} /> : null}

      {!open ? (
        <p className="mb-6 rounded bg-wash p-3 text-sm text-muted">{text.closed}</p>
      ) : viewer ? (
        <div className="mb-8 rounded border border-line p-4">
          <h3 className="text-lg font-bold">{text.formHeading}</h3>
          <p className="mb-3 text-sm text-muted">{fill(text.postingAs, { name: viewer.name })} {text.guidelines}</p>
          <CommentForm action={actions.post} hidden={{ lang, slug }} label={text.commentLabel} submitLabel={text.submit}
            sendingLabel={text.sending} counterTemplate={text.counter} maxLength={context.maxLength} />
        </div>
      ) : (
        <p className="mb-8 flex flex-wrap gap-x-3 rounded bg-wash p-4">
          <Link href={accountPaths.signIn(lang, back)} className="font-semibold text-brand underline">{text.signInToComment}</Link>
          <span className="text-muted">{text.noAccount} <Link href={accountPaths.signUp(lang, back)} className="underline">{text.createAccount}</Link></span>
        </p>
      )}

      {comments.length === 0 ? <p className="text-muted">{text.empty}</p> : (
        <ol className="space-y-4">
          {comments.map((comment) => <CommentItem key={comment.id} comment={comment} context={context} />)}
        </ol>
      )}
      {hasMore && last ? (
        <p className="mt-6 text-center">
          <Link href={threadHref(articlePath, order, limit + commentPageSize, `comment-${last.id}`)} scroll={false}
            className="inline-block rounded border border-line px-4 py-2 font-semibold hover:border-brand">{text.loadMore}</Link>
        </p>
      ) : null}
    </section>
  );
}
