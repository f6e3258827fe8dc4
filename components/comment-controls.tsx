"use client";

import { CommentDeleteForm } from "./comment-delete-form";
import { CommentForm } from "./comment-form";
import { CommentReportForm } from "./comment-report-form";
import { OwnPendingComment } from "./own-pending-comment";
import { useCommentViewer } from "./comment-viewer-provider";

const summary =
  "inline-flex min-h-11 min-w-11 justify-center cursor-pointer list-none items-center text-sm font-semibold text-muted underline hover:text-brand [&::-webkit-details-marker]:hidden";
const disclosure = "open:basis-full open:rounded open:border open:border-line open:bg-wash open:p-3";

type Props = { id: number; authorName: string; depth: number };

/**
 * What the reader may do with one approved comment of the cached thread: reply, edit or
 * delete their own, report someone else's; and their own pending replies under it.
 * Nothing shows until /api/viewer says who is reading.
 */
export function CommentControls({ id, authorName, depth }: Props) {
  const { viewer, text, actions, lang, slug, maxLength, reload } = useCommentViewer();
  const article = viewer?.article;
  if (viewer?.status !== "active" || !article) return null;
  const place = { lang, slug };
  const own = article.ownIds.includes(id);
  const editable = article.open ? article.editable.find((c) => c.id === id) : undefined;
  const pendingReplies = article.pending.filter((c) => c.parentId === id);
  const fieldText = { sendingLabel: text.sending, counterTemplate: text.counter, maxLength, onSuccess: reload };
  return (
    <>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        {article.open && depth < 2 ? (
          <details className={disclosure}>
            <summary className={summary}>{text.reply}</summary>
            <div className="mt-2">
              <CommentForm
                action={actions.post}
                hidden={{ ...place, parentId: id }}
                {...fieldText}
                label={text.replyLabel.replace("{name}", authorName)}
                submitLabel={text.submitReply}
              />
            </div>
          </details>
        ) : null}
        {editable ? (
          <details className={disclosure}>
            <summary className={summary}>{text.edit}</summary>
            <div className="mt-2">
              <CommentForm
                action={actions.edit}
                hidden={{ ...place, commentId: id }}
                {...fieldText}
                label={text.editLabel}
                submitLabel={text.save}
                initialBody={editable.body}
              />
            </div>
          </details>
        ) : null}
        {own ? (
          <CommentDeleteForm
            action={actions.remove}
            hidden={{ ...place, commentId: id }}
            label={text.delete}
            confirm={text.deleteConfirm}
            onSuccess={reload}
          />
        ) : null}
        {!own ? (
          <details className={disclosure}>
            <summary className={summary}>{text.report}</summary>
            <div className="mt-2">
              <CommentReportForm action={actions.report} hidden={{ ...place, commentId: id }} text={text} />
            </div>
          </details>
        ) : null}
      </div>
      {pendingReplies.length > 0 ? (
        <ol className="mt-3 space-y-3 border-l-2 border-line pl-4 sm:pl-6">
          {pendingReplies.map((reply) => (
            <OwnPendingComment key={reply.id} comment={reply} />
          ))}
        </ol>
      ) : null}
    </>
  );
}
