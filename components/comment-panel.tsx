"use client";

import Link from "next/link";
import { accountPaths } from "@/lib/account-paths";
import { fill } from "@/lib/i18n";
import { CommentForm } from "./comment-form";
import { OwnPendingComment } from "./own-pending-comment";
import { useCommentViewer } from "./comment-viewer-provider";

/** Above the thread: the form for a signed-in reader, their comments awaiting moderation, or the way to sign in. */
export function CommentPanel({ articlePath, openWhenCached }: { articlePath: string; openWhenCached: boolean }) {
  const { viewer, text, lang, slug, actions, maxLength, reload } = useCommentViewer();
  const open = viewer?.article?.open ?? openWhenCached;
  const back = `${articlePath}#comments`;
  if (!open) return <p className="mb-6 rounded bg-wash p-3 text-sm text-muted">{text.closed}</p>;
  if (viewer?.status === "banned") return <p className="mb-8 rounded bg-wash p-4">{text.messages.banned}</p>;
  if (viewer?.status !== "active" || !viewer.user) {
    return (
      <p className="mb-8 flex flex-wrap gap-x-3 rounded bg-wash p-4">
        <Link href={accountPaths.signIn(lang, back)} prefetch={false} className="font-semibold text-brand underline">
          {text.signInToComment}
        </Link>
        <span className="text-muted">
          {text.noAccount}{" "}
          <Link href={accountPaths.signUp(lang, back)} prefetch={false} className="underline">
            {text.createAccount}
          </Link>
        </span>
      </p>
    );
  }
  const ownTopLevel = viewer.article?.pending.filter((c) => c.parentId === null) ?? [];
  return (
    <div className="mb-8">
      <div className="rounded border border-line p-4">
        <h3 className="text-lg font-bold">{text.formHeading}</h3>
        <p className="mb-3 text-sm text-muted">
          {fill(text.postingAs, { name: viewer.user.name })}{" "}
          {viewer.user.trusted ? text.guidelinesTrusted : text.guidelines}
        </p>
        <CommentForm
          action={actions.post}
          hidden={{ lang, slug }}
          label={text.commentLabel}
          submitLabel={text.submit}
          sendingLabel={text.sending}
          counterTemplate={text.counter}
          maxLength={maxLength}
          onSuccess={reload}
        />
      </div>
      {ownTopLevel.length > 0 ? (
        <ol className="mt-4 space-y-3">
          {ownTopLevel.map((comment) => (
            <OwnPendingComment key={comment.id} comment={comment} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}
