import Link from "next/link";
import type { SearchHit } from "@/db/queries/search";
import { paths } from "@/lib/paths";
import { TimeStamp } from "./time-stamp";

// Matches arrive wrapped in private-use characters (see db/queries/search.ts) and
// become <mark> elements here; everything else stays text, which React escapes.
const marked = /\uE000([^\uE000\uE001]*)\uE001/;
const strayMarks = /[\uE000\uE001]/g;

function withoutMarkdown(text: string): string {
  return text
    .replace(/\]\([^)\s]*(\)|$)/g, "")
    .replace(/[[\]#*_`>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function Highlighted({ text }: { text: string }) {
  // split() with a capture group alternates plain text (even) and matches (odd).
  return text.split(marked).map((part, i) => {
    const clean = part.replace(strayMarks, "");
    return i % 2 === 1 ? (
      <mark key={i} className="bg-yellow-200 text-ink">
        {clean}
      </mark>
    ) : (
      clean
    );
  });
}

export function SearchResult({ hit }: { hit: SearchHit }) {
  return (
    <article className="border-b border-line py-5">
      <h2 className="text-xl font-bold leading-snug">
        <Link href={paths.article(hit.edition, hit.slug)} className="hover:text-brand hover:underline">
          <Highlighted text={hit.titleHighlighted} />
        </Link>
      </h2>
      <p className="mt-2 text-muted">
        <Highlighted text={withoutMarkdown(hit.snippet)} />
      </p>
      {hit.publishedAt ? (
        <TimeStamp ms={hit.publishedAt} lang={hit.edition} className="mt-2 block text-xs text-muted" />
      ) : null}
    </article>
  );
}
