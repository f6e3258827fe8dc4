import type { ReactNode } from "react";

// Candidate links: http(s) followed by characters that may appear in a URL. Quotes and angle brackets end a link.
const urlPattern = /\bhttps?:\/\/[^\s<>"'`\u0000-\u001f\u007f]+/giu;
const trailingPunctuation = /[.,;:!?…।]+$/u;

/** Drops punctuation that ends a sentence rather than the URL, and a closing bracket with no opening one inside. */
function trimUrl(candidate: string): string {
  let url = candidate.replace(trailingPunctuation, "");
  for (const [open, close] of [
    ["(", ")"],
    ["[", "]"],
    ["{", "}"],
  ] as const) {
    while (url.endsWith(close) && url.split(open).length < url.split(close).length) {
      url = url.slice(0, -1).replace(trailingPunctuation, "");
    }
  }
  return url;
}

function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A reader's plain text as React nodes: http(s) addresses become links,
 * everything else stays text (React escapes it). Never builds HTML from the
 * text, so nothing a reader types can become markup. Newlines are kept as
 * characters: render inside an element with `white-space: pre-line`.
 */
export function linkify(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const url = trimUrl(match[0]);
    const href = safeHref(url);
    if (!href) continue;
    if (start > last) nodes.push(text.slice(last, start));
    nodes.push(
      <a key={start} href={href} rel="nofollow ugc noopener" target="_blank" className="break-all text-brand underline">
        {url}
      </a>,
    );
    last = start + url.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}
