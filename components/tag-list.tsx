import Link from "next/link";
import type { Edition } from "@/db/schema";
import { paths } from "@/lib/paths";

export function TagList({
  lang,
  tags,
  label,
}: {
  lang: Edition;
  tags: { slug: string; name: string }[];
  label: string;
}) {
  if (tags.length === 0) return null;
  return (
    <section aria-label={label} className="mt-8 flex flex-wrap items-center gap-2 text-sm">
      <h2 className="font-bold">{label}:</h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={paths.tag(lang, tag.slug)}
              prefetch={false}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-line px-3 hover:border-brand hover:text-brand"
            >
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
