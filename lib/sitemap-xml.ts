import type { Edition } from "@/db/schema";
import { alternates } from "./alternates";
import { isoIndia } from "./format";
import { absoluteUrl } from "./site";
import { escapeXml, xmlDeclaration } from "./xml";

// Builders for the sitemap protocol (sitemaps.org), its xhtml:link hreflang
// extension and Google's news extension. Every value passes through escapeXml.
export const urlsPerSitemap = 50_000;

export type SitemapEntry = { loc: string; lastmod?: number | null };
export type SitemapUrl = SitemapEntry & { languages?: Record<string, string> };
export type NewsUrl = { loc: string; publication: string; language: Edition; publishedAt: number; title: string };

const lastmodTag = (ms?: number | null) => (ms ? `<lastmod>${isoIndia(ms)}</lastmod>` : "");

/** hreflang alternates for a page and its translation (absolute URLs), or undefined when it has none. */
export function hreflangs(
  self: { lang: Edition; path: string },
  other?: { lang: Edition; path: string } | null,
  defaultPath?: string,
) {
  if (!other) return undefined;
  const languages = alternates(self, other, defaultPath)?.languages ?? {};
  return Object.fromEntries(Object.entries(languages).map(([lang, path]) => [lang, absoluteUrl(String(path))]));
}

export function sitemapIndexXml(entries: SitemapEntry[]): string {
  const items = entries.map((e) => `<sitemap><loc>${escapeXml(e.loc)}</loc>${lastmodTag(e.lastmod)}</sitemap>`);
  return `${xmlDeclaration}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

export function urlsetXml(urls: SitemapUrl[]): string {
  const items = urls.map((u) => {
    const links = Object.entries(u.languages ?? {})
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`)
      .join("");
    return `<url><loc>${escapeXml(u.loc)}</loc>${lastmodTag(u.lastmod)}${links}</url>`;
  });
  return `${xmlDeclaration}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${items.join("\n")}\n</urlset>\n`;
}

export function newsSitemapXml(urls: NewsUrl[]): string {
  const items = urls.map(
    (u) =>
      `<url><loc>${escapeXml(u.loc)}</loc><news:news><news:publication><news:name>${escapeXml(u.publication)}</news:name>` +
      `<news:language>${u.language}</news:language></news:publication><news:publication_date>${isoIndia(u.publishedAt)}</news:publication_date>` +
      `<news:title>${escapeXml(u.title)}</news:title></news:news></url>`,
  );
  return `${xmlDeclaration}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${items.join("\n")}\n</urlset>\n`;
}
