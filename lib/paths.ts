import type { Edition } from "@/db/schema";

// Every public URL is built here, so links, canonicals, sitemaps and feeds agree.
export const paths = {
  home: (lang: Edition) => `/${lang}`,
  article: (lang: Edition, slug: string) => `/${lang}/article/${encodeURIComponent(slug)}`,
  category: (lang: Edition, slug: string, page = 1) =>
    `/${lang}/category/${encodeURIComponent(slug)}${page > 1 ? `?page=${page}` : ""}`,
  tag: (lang: Edition, slug: string, page = 1) =>
    `/${lang}/tag/${encodeURIComponent(slug)}${page > 1 ? `?page=${page}` : ""}`,
  author: (lang: Edition, slug: string, page = 1) =>
    `/${lang}/author/${encodeURIComponent(slug)}${page > 1 ? `?page=${page}` : ""}`,
  media: (file: string) => `/media/${file}`,
  search: (lang: Edition, query = "", section = "", page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (section) params.set("section", section);
    if (page > 1) params.set("page", String(page));
    const search = params.toString();
    return `/${lang}/search${search ? `?${search}` : ""}`;
  },
  feed: (lang: Edition) => `/${lang}/feed.xml`,
  categoryFeed: (lang: Edition, slug: string) => `/${lang}/category/${encodeURIComponent(slug)}/feed.xml`,
};
