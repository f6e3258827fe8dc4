import type { Edition } from "@/db/schema";

// One name per cached thing. A write refreshes exactly the tags it touched
// (see README, "Caching"); reads tag themselves with the same helpers.
export const tags = {
  navigation: () => "navigation",
  home: (lang: Edition) => `home:${lang}`,
  article: (lang: Edition, slug: string) => `article:${lang}:${slug}`,
  category: (lang: Edition, slug: string) => `category:${lang}:${slug}`,
  tag: (lang: Edition, slug: string) => `tag:${lang}:${slug}`,
  author: (lang: Edition, slug: string) => `author:${lang}:${slug}`,
  comments: (articleId: number) => `comments:${articleId}`,
  settings: () => "settings",
};
