"use client";

import type { ThreadRow } from "@/lib/comments/thread";
import { formatDateTime } from "@/lib/format";
import { CommentDeleteForm } from "./comment-delete-form";
import { useCommentViewer } from "./comment-viewer-provider";

/** A comment of the reader's that waits for a moderator: only they see it, drawn in their browser. */
export function OwnPendingComment({ comment }: { comment: ThreadRow }) {
  const { text, lang, slug, actions, reload } = useCommentViewer();
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-20">
      <article aria-label={comment.authorName} className="rounded border border-dashed border-muted bg-wash p-4">
        <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span className="font-semibold">{comment.authorName}</span>
          <span aria-hidden="true">·</span>
          <span className="text-muted">{formatDateTime(comment.createdAt, lang)}</span>
          <span className="rounded border border-muted px-2 text-xs font-bold text-muted">
            {text.awaitingModeration}
          </span>
        </header>
        <p className="mt-2 whitespace-pre-line break-words">{comment.body}</p>
        <div className="mt-2">
          <CommentDeleteForm
            action={actions.remove}
            hidden={{ lang, slug, commentId: comment.id }}
            label={text.delete}
            confirm={text.deleteConfirm}
            onSuccess={reload}
          />
        </div>
      </article>
    </li>
  );
}
