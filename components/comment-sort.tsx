import Link from "next/link";
import type { Edition } from "@/db/schema";
import { commentOrders, type CommentOrder } from "@/lib/comments/thread";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";

type Props = { lang: Edition; slug: string; order: CommentOrder; text: Dictionary["comments"] };

/** Oldest first is the article page itself; newest first has its own cached address. */
export function CommentSort({ lang, slug, order, text }: Props) {
  return (
    <nav aria-label={text.sortLabel} className="mb-4 flex gap-1 text-sm">
      {commentOrders.map((option) => (
        <Link
          key={option}
          href={`${paths.comments(lang, slug, option, 1)}#comments`}
          prefetch={false}
          aria-current={option === order ? "true" : undefined}
          className={`inline-flex min-h-11 items-center px-2 ${option === order ? "font-bold text-ink underline decoration-brand decoration-2" : "text-muted hover:text-brand"}`}
        >
          {text[option]}
        </Link>
      ))}
    </nav>
  );
}
