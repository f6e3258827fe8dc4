import type { Edition } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import type { CommentAction } from "@/lib/comments/form-state";
import { linkify } from "@/lib/comments/linkify";
import type { ThreadComment } from "@/lib/comments/thread";
import type { Dictionary } from "@/lib/i18n";
import { CommentActions } from "./comment-actions";
import { CommentAvatar } from "./comment-avatar";
import { CommentTime } from "./comment-time";

export type CommentActionSet = { post: CommentAction; edit: CommentAction; remove: CommentAction; report: CommentAction };

/** What every comment in one thread shares: who is reading, where, and the rules in force. */
export type CommentContext = {
  lang: Edition;
  slug: string;
  text: Dictionary["comments"];
  viewer: { name: string } | null;
  open: boolean;
  actions: CommentActionSet;
  now: number;
  editMinutes: number;
  maxLength: number;
};

export function CommentItem({ comment, context }: { comment: ThreadComment; context: CommentContext }) {
  const { text, lang, now } = context;
  const pending = comment.status === "pending";
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-20">
      <article aria-label={comment.deleted ? text.deleted : comment.authorName}
        className={`rounded border p-4 ${pending ? "border-dashed border-muted bg-wash" : comment.featured ? "border-brand" : "border-line"}`}>
        {comment.deleted ? (
          <p className="italic text-muted">{text.deleted}</p>
        ) : (
          <>
            <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <CommentAvatar name={comment.authorName} />
              <span className="font-semibold">{comment.authorName}</span>
              <span aria-hidden="true">·</span>
              <CommentTime ms={comment.createdAt} lang={lang} now={now} />
              {comment.editedAt ? <span title={formatDateTime(comment.editedAt, lang)} className="text-muted">({text.edited})</span> : null}
              {comment.featured ? <span className="rounded bg-brand px-2 text-xs font-bold text-white">{text.featured}</span> : null}
              {pending ? <span className="rounded border border-muted px-2 text-xs font-bold text-muted">{text.awaitingModeration}</span> : null}
            </header>
            <p className="mt-2 whitespace-pre-line break-words">{linkify(comment.body)}</p>
            <CommentActions comment={comment} context={context} />
          </>
        )}
      </article>
      {comment.replies.length > 0 ? (
        <ol className="mt-3 space-y-3 border-l-2 border-line pl-4 sm:pl-6">
          {comment.replies.map((reply) => <CommentItem key={reply.id} comment={reply} context={context} />)}
        </ol>
      ) : null}
    </li>
  );
}
