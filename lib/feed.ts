import type { FeedArticle } from "@/db/queries/feed";
import type { Edition } from "@/db/schema";
import { type Dictionary, fill } from "./i18n";
import { renderMarkdown } from "./markdown";
import { mediaContentType } from "./media";
import { paths } from "./paths";
import { absoluteUrl, site } from "./site";
import { escapeXml, xmlDeclaration } from "./xml";

export type FeedChannel = {
  lang: Edition;
  dict: Dictionary;
  title: string;
  description: string;
  path: string;
  feedPath: string;
};
export type FeedItem = FeedArticle & { imageBytes?: number };

const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const istOffsetMs = 330 * 60_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** RFC 822 date-time in India time, as RSS 2.0 wants it: "Mon, 24 Jun 2024 17:33:00 +0530". */
export function rfc822India(ms: number): string {
  const d = new Date(ms + istOffsetMs);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${days[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0530`;
}

// Feed readers have no base URL for an item's HTML, so site-relative links and images become absolute.
function absoluteLinks(html: string): string {
  return html.replace(/(href|src)="\/(?!\/)/g, `$1="${site.url}/`);
}

// Every text is escaped as XML character data, never wrapped in CDATA: a "]]>" inside CDATA ends it
// (the feed library we used escaped only the first one), and escaping has no such edge.
const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const attrs = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");

function feedItem(lang: Edition, article: FeedItem): string {
  const link = absoluteUrl(paths.article(lang, article.slug));
  const publishedAt = article.publishedAt ?? article.updatedAt;
  const author = lang === "gu" ? (article.author.nameGu ?? article.author.name) : article.author.name;
  const html = absoluteLinks(renderMarkdown(article.body)) || `<p>${escapeXml(article.dek || article.title)}</p>`;
  const category = lang === "gu" ? article.category.nameGu : article.category.nameEn;
  const image = article.imagePath
    ? `<enclosure${attrs({ url: absoluteUrl(paths.media(article.imagePath)), length: article.imageBytes ?? 0, type: mediaContentType(article.imagePath) })}/>`
    : "";
  return [
    "<item>",
    element("title", article.title),
    element("link", link),
    element("guid", link, attrs({ isPermaLink: "true" })),
    element("pubDate", rfc822India(publishedAt)),
    element("description", article.dek),
    element("content:encoded", html),
    element("category", category, attrs({ domain: absoluteUrl(paths.category(lang, article.category.slug)) })),
    image,
    // RSS's own <author> must be an e-mail address, so the byline goes in dc:creator.
    element("dc:creator", author),
    "</item>",
  ].join("");
}

const namespaces = attrs({
  version: "2.0",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
  "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "xmlns:atom": "http://www.w3.org/2005/Atom",
});

/** An RSS 2.0 document for a channel and its newest articles. */
export function buildRss(channel: FeedChannel, articles: FeedItem[]): string {
  const updated = Math.max(0, ...articles.map((a) => a.publishedAt ?? a.updatedAt)) || Date.now();
  const link = absoluteUrl(channel.path);
  return [
    xmlDeclaration,
    `<rss${namespaces}><channel>`,
    element("title", channel.title),
    element("link", link),
    element("description", channel.description),
    element("lastBuildDate", rfc822India(updated)),
    element("docs", "https://validator.w3.org/feed/docs/rss2.html"),
    element("language", channel.lang),
    element("ttl", "15"),
    `<image>${element("title", channel.title)}${element("url", absoluteUrl("/logo.png"))}${element("link", link)}</image>`,
    element("copyright", fill(channel.dict.site.copyright, { year: new Date(updated).getUTCFullYear() })),
    `<atom:link${attrs({ href: absoluteUrl(channel.feedPath), rel: "self", type: "application/rss+xml" })}/>`,
    ...articles.map((article) => feedItem(channel.lang, article)),
    "</channel></rss>",
  ].join("\n");
}
