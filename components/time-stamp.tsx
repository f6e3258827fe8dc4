import type { Edition } from "@/db/schema";
import { formatDateTime, isoIndia } from "@/lib/format";

export function TimeStamp({ ms, lang, className }: { ms: number; lang: Edition; className?: string }) {
  return (
    <time dateTime={isoIndia(ms)} className={className}>
      {formatDateTime(ms, lang)}
    </time>
  );
}
