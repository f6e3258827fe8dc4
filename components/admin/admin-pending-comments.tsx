import Link from "next/link";
import type { Edition } from "@/db/schema";
import { type Dictionary, fill } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { TimeStamp } from "../time-stamp";

type PendingComment = {
  id: number;
  body: string;
  createdAt: number;
  authorName: string;
  article: { edition: Edition; slug: string; title: string };
};
type Props = { lang: Edition; t: Dictionary["admin"]["dashboard"]; comments: PendingComment[] };

export function AdminPendingComments({ lang, t, comments }: Props) {
  return (
    <section aria-labelledby="waiting-heading" className="rounded border border-line bg-paper p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="waiting-heading" className="text-xl font-bold">
          {t.waitingHeading}
        </h2>
        <Link href="/admin/moderation" className="font-semibold text-brand underline">
          {t.openDesk}
        </Link>
      </div>
      {comments.length === 0 ? (
        <p className="mt-3 text-muted">{t.noneWaiting}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line">
          {comments.map((comment) => (
            <li key={comment.id} className="py-3">
              <p className="line-clamp-2">{comment.body}</p>
              <p className="mt-1 text-sm text-muted">
                <Link href={paths.article(comment.article.edition, comment.article.slug)} className="hover:underline">
                  {fill(t.onArticle, { name: comment.authorName, title: comment.article.title })}
                </Link>
                {" · "}
                <TimeStamp ms={comment.createdAt} lang={lang} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
