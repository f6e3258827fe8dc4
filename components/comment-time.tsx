import type { Edition } from "@/db/schema";
import { formatDateTime, isoIndia } from "@/lib/format";
import { formatRelative } from "@/lib/format-relative";

/** "5 minutes ago", with the exact India time on hover. */
export function CommentTime({ ms, lang, now }: { ms: number; lang: Edition; now: number }) {
  return (
    <time dateTime={isoIndia(ms)} title={formatDateTime(ms, lang)} className="text-muted">
      {formatRelative(ms, lang, now)}
    </time>
  );
}
