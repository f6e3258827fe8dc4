import type { Metadata } from "next";
import type { Edition } from "@/db/schema";
import { feedLinks } from "./feed-links";
import { site } from "./site";

type Version = { lang: Edition; path: string };

/** Canonical plus reciprocal hreflang links (each version lists itself and the other, plus x-default) and the edition's feed. */
export function alternates(self: Version, other?: Version | null, defaultPath?: string): Metadata["alternates"] {
  const languages: Record<string, string> = { [self.lang]: self.path };
  if (other) languages[other.lang] = other.path;
  // x-default names the default edition's own URL, never "/", which only redirects there.
  languages["x-default"] = defaultPath ?? (other && other.lang === site.defaultEdition ? other.path : self.path);
  // Metadata merges shallowly, so a page's alternates replace the layout's: the feed link rides along here.
  return { canonical: self.path, languages, types: feedLinks(self.lang) };
}
