import type { Edition } from "@/db/schema";
import { linkify } from "@/lib/comments/linkify";
import type { ThreadComment } from "@/lib/comments/thread";
import type { Dictionary } from "@/lib/i18n";
import { CommentAvatar } from "./comment-avatar";
import { CommentControls } from "./comment-controls";
import { CommentTime } from "./comment-time";

type Props = { comment: ThreadComment; lang: Edition; text: Dictionary["comments"] };

/** One approved comment as every reader sees it, with its replies; the viewer's controls are a client leaf. */
export function CommentItem({ comment, lang, text }: Props) {
  const name = comment.fromDesk ? text.deskName : comment.authorName;
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-20">
      <article
        aria-label={comment.deleted ? text.deleted : name}
        className={`rounded border p-4 ${comment.featured ? "border-brand" : "border-line"}`}
      >
        {comment.deleted ? (
          <p className="italic text-muted">{text.deleted}</p>
        ) : (
          <>
            <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <CommentAvatar name={name} />
              <span className="font-semibold">{name}</span>
              {comment.fromDesk ? (
                <span className="rounded border border-brand px-2 text-xs font-bold text-brand">{text.staff}</span>
              ) : null}
              <span aria-hidden="true">·</span>
              <CommentTime ms={comment.createdAt} lang={lang} />
              {comment.editedAt ? <span className="text-muted">({text.edited})</span> : null}
              {comment.featured ? (
                <span className="rounded bg-brand px-2 text-xs font-bold text-white">{text.featured}</span>
              ) : null}
            </header>
            <p className="mt-2 whitespace-pre-line break-words">{linkify(comment.body)}</p>
            <CommentControls id={comment.id} authorName={name} depth={comment.depth} />
          </>
        )}
      </article>
      {comment.replies.length > 0 ? (
        <ol className="mt-3 space-y-3 border-l-2 border-line pl-4 sm:pl-6">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} lang={lang} text={text} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
