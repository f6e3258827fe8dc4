import type { Edition } from "@/db/schema";
import { type Dictionary, fill } from "@/lib/i18n";
import { TimeStamp } from "./time-stamp";

type CommentView = { id: number; parentId: number | null; body: string; createdAt: number; authorName: string };
type Props = { lang: Edition; dict: Dictionary; comments: CommentView[]; count: number; open: boolean };

// Read-only for now: the signed-in thread (posting, replies, moderation) arrives with accounts.
export function CommentThread({ lang, dict, comments, count, open }: Props) {
  const heading = count === 1 ? dict.article.commentCountOne : fill(dict.article.commentCount, { count });
  return (
    <section aria-labelledby="comments-heading" id="comments" className="mt-12">
      <h2 id="comments-heading" className="mb-4 text-xl font-bold">{dict.article.comments} <span className="text-base font-normal text-muted">({heading})</span></h2>
      {comments.length === 0 ? <p className="text-muted">{dict.article.noComments}</p> : null}
      <ol className="space-y-4">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded border border-line p-4">
            <p className="text-sm"><span className="font-semibold">{comment.authorName}</span> · <TimeStamp ms={comment.createdAt} lang={lang} className="text-muted" /></p>
            <p className="mt-2 whitespace-pre-line">{comment.body}</p>
          </li>
        ))}
      </ol>
      {!open ? <p className="mt-4 text-sm text-muted">{dict.article.commentsClosed}</p> : null}
    </section>
  );
}
