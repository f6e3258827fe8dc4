import sanitizeHtml from "sanitize-html";
import type { Edition } from "@/db/schema";
import { isoIndia } from "./format";
import { updateAnchor } from "./live-blog";
import { paths } from "./paths";
import { absoluteUrl } from "./site";

// schema.org LiveBlogPosting (https://schema.org/LiveBlogPosting): a live story's NewsArticle node
// becomes a LiveBlogPosting, with its coverage times and each update as a BlogPosting.

type Update = { id: number; headline: string | null; html: string; at: number; editedAt: number | null };
type Feed = { startedAt: number; endsAt: number | null; pinned: Update | null; updates: Update[] };
type Graph = { "@context": string; "@graph": Record<string, unknown>[] };

const plainText = (html: string) =>
  sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function liveBlogStructuredData(graph: Graph, lang: Edition, slug: string, feed: Feed): Graph {
  const url = absoluteUrl(paths.article(lang, slug));
  const updates = [...(feed.pinned ? [feed.pinned] : []), ...feed.updates].sort((a, b) => b.at - a.at);
  const [article, ...rest] = graph["@graph"];
  const latest = Math.max(0, ...updates.map((u) => u.editedAt ?? u.at));
  const modified =
    typeof article.dateModified === "string" && Date.parse(article.dateModified) > latest
      ? article.dateModified
      : latest
        ? isoIndia(latest)
        : article.dateModified;
  const posting = {
    ...article,
    "@type": "LiveBlogPosting",
    dateModified: modified,
    coverageStartTime: isoIndia(feed.startedAt),
    ...(feed.endsAt !== null ? { coverageEndTime: isoIndia(feed.endsAt) } : {}),
    liveBlogUpdate: updates.map((update) => {
      const text = plainText(update.html);
      return {
        "@type": "BlogPosting",
        headline: shorten(update.headline ?? text, 110),
        datePublished: isoIndia(update.at),
        ...(update.editedAt ? { dateModified: isoIndia(update.editedAt) } : {}),
        articleBody: text,
        url: `${url}#${updateAnchor(update.id)}`,
        inLanguage: lang,
      };
    }),
  };
  return { ...graph, "@graph": [posting, ...rest] };
}
