import type { Edition } from "@/db/schema";

const paged = (base: string, page: number) => (page > 1 ? `${base}/page/${page}` : base);

// Every public URL is built here, so links, canonicals, sitemaps and feeds agree.
export const paths = {
  home: (lang: Edition) => `/${lang}`,
  article: (lang: Edition, slug: string) => `/${lang}/article/${encodeURIComponent(slug)}`,
  category: (lang: Edition, slug: string, page = 1) => paged(`/${lang}/category/${encodeURIComponent(slug)}`, page),
  tag: (lang: Edition, slug: string, page = 1) => paged(`/${lang}/tag/${encodeURIComponent(slug)}`, page),
  author: (lang: Edition, slug: string, page = 1) => paged(`/${lang}/author/${encodeURIComponent(slug)}`, page),
  /** One page of an article's comments in one order; the first page, oldest first, is the article itself. */
  comments: (lang: Edition, slug: string, order: "oldest" | "newest", page: number) =>
    order === "oldest" && page === 1
      ? `/${lang}/article/${encodeURIComponent(slug)}`
      : `/${lang}/article/${encodeURIComponent(slug)}/comments/${order}/${page}`,
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
