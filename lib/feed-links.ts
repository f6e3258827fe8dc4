import type { Metadata } from "next";
import type { Edition } from "@/db/schema";
import { fill, getDictionary } from "./i18n";
import { paths } from "./paths";
import { siteName } from "./site";

type FeedTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/** <link rel="alternate" type="application/rss+xml"> entries: a section's feed first when given, then the edition's. */
export function feedLinks(lang: Edition, section?: { slug: string; name: string }): FeedTypes {
  const dict = getDictionary(lang);
  const site = siteName(lang);
  const edition = { url: paths.feed(lang), title: fill(dict.feed.title, { site }) };
  const own = section
    ? [
        {
          url: paths.categoryFeed(lang, section.slug),
          title: fill(dict.feed.sectionTitle, { site, section: section.name }),
        },
      ]
    : [];
  return { "application/rss+xml": [...own, edition] };
}
