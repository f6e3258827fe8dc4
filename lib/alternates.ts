import type { Metadata } from "next";
import type { Edition } from "@/db/schema";
import { feedLinks } from "./feed-links";

type Version = { lang: Edition; path: string };

/** Canonical plus reciprocal hreflang links (each version lists itself and the other, plus x-default) and the edition's feed. */
export function alternates(self: Version, other?: Version | null, defaultPath?: string): Metadata["alternates"] {
  const languages: Record<string, string> = { [self.lang]: self.path };
  if (other) languages[other.lang] = other.path;
  languages["x-default"] = defaultPath ?? (other && other.lang === "gu" ? other.path : self.path);
  // Metadata merges shallowly, so a page's alternates replace the layout's: the feed link rides along here.
  return { canonical: self.path, languages, types: feedLinks(self.lang) };
}
