import Link from "next/link";
import { commentOrders, type CommentOrder, threadHref } from "@/lib/comments/thread";
import type { Dictionary } from "@/lib/i18n";

type Props = { articlePath: string; order: CommentOrder; limit: number; text: Dictionary["comments"] };

export function CommentSort({ articlePath, order, limit, text }: Props) {
  return (
    <nav aria-label={text.sortLabel} className="mb-4 flex gap-1 text-sm">
      {commentOrders.map((option) => (
        <Link key={option} href={threadHref(articlePath, option, limit)} scroll={false} aria-current={option === order ? "true" : undefined}
          className={`inline-flex min-h-11 items-center px-2 ${option === order ? "font-bold text-ink underline decoration-brand decoration-2" : "text-muted hover:text-brand"}`}>
          {text[option]}
        </Link>
      ))}
    </nav>
  );
}
