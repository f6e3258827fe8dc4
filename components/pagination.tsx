import Link from "next/link";
import { type Dictionary, fill } from "@/lib/i18n";
import { pageWindow } from "@/lib/pagination";

type Props = { page: number; pages: number; href: (page: number) => string; dict: Dictionary };

export function Pagination({ page, pages, href, dict }: Props) {
  if (pages <= 1) return null;
  const item = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-line px-3";
  return (
    <nav aria-label={dict.pagination.label} className="mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-2 text-sm">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} prefetch={false} rel="prev" className={`${item} hover:border-brand`}>
              ← {dict.pagination.previous}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                prefetch={false}
                aria-label={fill(dict.pagination.page, { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={`${item} ${p === page ? "border-brand bg-brand font-bold text-white" : "hover:border-brand"}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link href={href(page + 1)} prefetch={false} rel="next" className={`${item} hover:border-brand`}>
              {dict.pagination.next} →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
