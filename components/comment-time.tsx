import type { Edition } from "@/db/schema";
import { formatDateTime, isoIndia } from "@/lib/format";

/** When a comment was posted, in India time. Absolute, because the page is cached: "5 minutes ago" would go stale. */
export function CommentTime({ ms, lang }: { ms: number; lang: Edition }) {
  return (
    <time dateTime={isoIndia(ms)} className="text-muted">
      {formatDateTime(ms, lang)}
    </time>
  );
}
