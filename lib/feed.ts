import { Feed } from "feed";
import type { FeedArticle } from "@/db/queries/feed";
import type { Edition } from "@/db/schema";
import { type Dictionary, fill } from "./i18n";
import { renderMarkdown } from "./markdown";
import { mediaContentType } from "./media";
import { paths } from "./paths";
import { absoluteUrl, site } from "./site";
import { escapeXml, xmlSafeText } from "./xml";

export type FeedChannel = { lang: Edition; dict: Dictionary; title: string; description: string; path: string; feedPath: string };
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

function feedItem(lang: Edition, article: FeedItem) {
  const link = absoluteUrl(paths.article(lang, article.slug));
  const publishedAt = article.publishedAt ?? article.updatedAt;
  const author = lang === "gu" ? (article.author.nameGu ?? article.author.name) : article.author.name;
  const html = absoluteLinks(renderMarkdown(article.body));
  return {
    title: xmlSafeText(article.title),
    link,
    date: new Date(publishedAt),
    description: xmlSafeText(article.dek),
    content: xmlSafeText(html) || `<p>${escapeXml(article.dek || article.title)}</p>`,
    category: [{ name: lang === "gu" ? article.category.nameGu : article.category.nameEn, domain: absoluteUrl(paths.category(lang, article.category.slug)) }],
    image: article.imagePath
      ? { url: absoluteUrl(paths.media(article.imagePath)), type: mediaContentType(article.imagePath), length: article.imageBytes ?? 0 }
      : undefined,
    // The library writes dates in GMT; these replace them in place with India time.
    // RSS's own <author> must be an e-mail address, so the byline goes in dc:creator.
    extensions: [
      { name: "pubDate", objects: { _text: rfc822India(publishedAt) } },
      { name: "dc:creator", objects: { _text: xmlSafeText(author) } },
    ],
  };
}

/** An RSS 2.0 document for a channel and its newest articles. */
export function buildRss(channel: FeedChannel, articles: FeedItem[]): string {
  const updated = Math.max(0, ...articles.map((a) => a.publishedAt ?? a.updatedAt)) || Date.now();
  const feed = new Feed({
    title: xmlSafeText(channel.title),
    description: xmlSafeText(channel.description),
    id: absoluteUrl(channel.path),
    link: absoluteUrl(channel.path),
    feedLinks: { rss: absoluteUrl(channel.feedPath) },
    language: channel.lang,
    image: absoluteUrl("/logo.png"),
    copyright: fill(channel.dict.site.copyright, { year: new Date(updated).getUTCFullYear() }),
    updated: new Date(updated),
    generator: false,
    ttl: 15,
  });
  feed.addExtension({ name: "lastBuildDate", objects: { _text: rfc822India(updated) } });
  for (const article of articles) feed.addItem(feedItem(channel.lang, article));
  return feed.rss2();
}
