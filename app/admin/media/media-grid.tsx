import Image from "next/image";
import Link from "next/link";
import type { MediaListRow } from "@/db/queries/media";
import type { Edition } from "@/db/schema";
import { focalPointOf, objectPosition } from "@/lib/focal-point";
import { formatDate, isoIndia } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";
import { paths } from "@/lib/paths";

type Props = { rows: MediaListRow[]; lang: Edition; t: Dictionary["admin"]["media"] };

/** The library's images as the cards will crop them, each opening its edit page. */
export function MediaGrid({ rows, lang, t }: Props) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {rows.map((row) => {
        const alt = (lang === "gu" ? row.altGu || row.altEn : row.altEn || row.altGu) || "";
        const position = objectPosition(focalPointOf(row.focalX, row.focalY), row);
        return (
          <li key={row.id} className="flex flex-col gap-1 rounded border border-line bg-paper p-2">
            <Link href={`/admin/media/${row.id}`} aria-label={fill(t.open, { name: row.fileName })} className="block">
              <Image
                src={paths.media(row.path)}
                alt={alt}
                width={row.width}
                height={row.height}
                sizes="(min-width: 1024px) 240px, 50vw"
                className="aspect-video h-auto w-full rounded object-cover"
                style={position ? { objectPosition: position } : undefined}
              />
            </Link>
            <p className="text-sm font-semibold break-words">{alt || <span className="text-muted">{t.noAlt}</span>}</p>
            <p className="text-xs text-muted break-all">{row.fileName}</p>
            <p className="text-xs text-muted">
              {row.width} × {row.height} ·{" "}
              <time dateTime={isoIndia(row.createdAt)}>{formatDate(row.createdAt, lang)}</time>
              {row.uploaderName ? ` · ${row.uploaderName}` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
