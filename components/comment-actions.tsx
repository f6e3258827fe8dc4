import type { ThreadComment } from "@/lib/comments/thread";
import { CommentDeleteForm } from "./comment-delete-form";
import { CommentForm } from "./comment-form";
import type { CommentContext } from "./comment-item";
import { CommentReportForm } from "./comment-report-form";

const summary = "flex min-h-11 cursor-pointer list-none items-center text-sm font-semibold text-muted underline hover:text-brand [&::-webkit-details-marker]:hidden";
const disclosure = "open:basis-full open:rounded open:border open:border-line open:bg-wash open:p-3";

/** What the signed-in reader may do with one comment: reply, edit or delete their own, report someone else's. */
export function CommentActions({ comment, context }: { comment: ThreadComment; context: CommentContext }) {
  const { viewer, text, actions, lang, slug, open, now, editMinutes, maxLength } = context;
  if (!viewer || comment.deleted) return null;
  const place = { lang, slug };
  const editable = comment.own && open && now - comment.createdAt < editMinutes * 60_000;
  const fieldText = { sendingLabel: text.sending, counterTemplate: text.counter, maxLength };
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
      {open && comment.depth < 2 && comment.status === "approved" ? (
        <details className={disclosure}>
          <summary className={summary}>{text.reply}</summary>
          <div className="mt-2">
            <CommentForm action={actions.post} hidden={{ ...place, parentId: comment.id }} {...fieldText}
              label={text.replyLabel.replace("{name}", comment.authorName)} submitLabel={text.submitReply} />
          </div>
        </details>
      ) : null}
      {editable ? (
        <details className={disclosure}>
          <summary className={summary}>{text.edit}</summary>
          <div className="mt-2">
            <CommentForm action={actions.edit} hidden={{ ...place, commentId: comment.id }} {...fieldText}
              label={text.editLabel} submitLabel={text.save} initialBody={comment.body} />
          </div>
        </details>
      ) : null}
      {comment.own ? (
        <CommentDeleteForm action={actions.remove} hidden={{ ...place, commentId: comment.id }} label={text.delete} confirm={text.deleteConfirm} />
      ) : null}
      {!comment.own && comment.status === "approved" ? (
        <details className={disclosure}>
          <summary className={summary}>{text.report}</summary>
          <div className="mt-2">
            <CommentReportForm action={actions.report} hidden={{ ...place, commentId: comment.id }} text={text} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
