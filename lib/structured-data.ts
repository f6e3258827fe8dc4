import type { Category, Edition } from "@/db/schema";
import { isoIndia } from "./format";
import type { Dictionary } from "./i18n";
import { paths } from "./paths";
import { absoluteUrl, siteName } from "./site";

// schema.org descriptions for search engines (https://developers.google.com/search/docs/appearance/structured-data/article).
export const logo = { path: "/logo.png", width: 600, height: 60 };

type ArticleView = {
  article: {
    slug: string;
    title: string;
    dek: string;
    imagePath: string | null;
    imageWidth: number | null;
    imageHeight: number | null;
    publishedAt: number | null;
    createdAt: number;
    updatedAt: number;
  };
  author: { name: string; nameGu: string | null; slug: string | null };
  category: Pick<Category, "slug" | "nameEn" | "nameGu">;
  tags: { name: string }[];
};

function organization(lang: Edition) {
  return {
    "@type": "Organization",
    "@id": absoluteUrl(`${paths.home(lang)}#organization`),
    name: siteName(lang),
    url: absoluteUrl(paths.home(lang)),
    logo: { "@type": "ImageObject", url: absoluteUrl(logo.path), width: logo.width, height: logo.height },
  };
}

/** NewsArticle and its BreadcrumbList for an article page. */
export function articleStructuredData(
  lang: Edition,
  dict: Dictionary,
  { article, author, category, tags }: ArticleView,
) {
  const url = absoluteUrl(paths.article(lang, article.slug));
  const section = lang === "gu" ? category.nameGu : category.nameEn;
  const publishedAt = article.publishedAt ?? article.createdAt;
  const person = {
    "@type": "Person",
    name: lang === "gu" ? (author.nameGu ?? author.name) : author.name,
    ...(author.slug ? { url: absoluteUrl(paths.author(lang, author.slug)) } : {}),
  };
  const newsArticle = {
    "@type": "NewsArticle",
    headline: article.title,
    description: article.dek,
    ...(article.imagePath
      ? {
          image: [
            {
              "@type": "ImageObject",
              url: absoluteUrl(paths.media(article.imagePath)),
              width: article.imageWidth ?? undefined,
              height: article.imageHeight ?? undefined,
            },
          ],
        }
      : {}),
    datePublished: isoIndia(publishedAt),
    dateModified: isoIndia(Math.max(article.updatedAt, publishedAt)),
    author: [person],
    publisher: organization(lang),
    articleSection: section,
    keywords: tags.map((tag) => tag.name).join(", ") || undefined,
    inLanguage: lang,
    isAccessibleForFree: true,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
  };
  const crumbs = [
    { name: dict.site.home, path: paths.home(lang) },
    { name: section, path: paths.category(lang, category.slug) },
    { name: article.title, path: paths.article(lang, article.slug) },
  ];
  const breadcrumbs = {
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
  return { "@context": "https://schema.org", "@graph": [newsArticle, breadcrumbs] };
}

/** Organization and WebSite, with a SearchAction pointing at the edition's search page. */
export function homeStructuredData(lang: Edition) {
  const website = {
    "@type": "WebSite",
    name: siteName(lang),
    url: absoluteUrl(paths.home(lang)),
    inLanguage: lang,
    publisher: { "@id": absoluteUrl(`${paths.home(lang)}#organization`) },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(paths.search(lang))}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
  return { "@context": "https://schema.org", "@graph": [organization(lang), website] };
}
