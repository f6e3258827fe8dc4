import type { Metadata } from "next";
import { StoryListing } from "@/components/story-listing";
import { alternates } from "@/lib/alternates";
import { getCategoryPage } from "@/app/(site)/reads/pages";
import { feedLinks } from "@/lib/feed-links";
import { fill, getDictionary, otherEdition } from "@/lib/i18n";
import { loadListing } from "@/app/(site)/[lang]/listing";
import { paths } from "@/lib/paths";
import { socialCard } from "@/lib/social";
import { EditionMissing, missingMetadata } from "@/app/(site)/[lang]/edition-missing";

// Page 1 here, later pages at ./page/[page] (which re-exports this file).
type Props = { params: Promise<{ lang: string; slug: string; page?: string }> };

const load = ({ params }: Props) => loadListing(params, getCategoryPage);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, listing } = await load(props);
  if (!listing) return missingMetadata(lang);
  const { page, data } = listing;
  const dict = getDictionary(lang);
  const other = otherEdition(lang);
  const name = lang === "gu" ? data.category.nameGu : data.category.nameEn;
  const title = fill(dict.listing.categoryTitle, { section: name });
  const fullTitle = page > 1 ? `${title} – ${fill(dict.pagination.page, { page })}` : title;
  const description = fill(dict.listing.categoryDescription, { section: name });
  return {
    title: fullTitle,
    description,
    ...socialCard(lang, { title: fullTitle, description, url: paths.category(lang, data.category.slug, page) }),
    alternates: {
      ...alternates(
        { lang, path: paths.category(lang, data.category.slug, page) },
        page === 1 ? { lang: other, path: paths.category(other, data.category.slug) } : null,
      ),
      types: feedLinks(lang, { slug: data.category.slug, name }),
    },
  };
}

export default async function CategoryPage(props: Props) {
  const { lang, listing } = await load(props);
  if (!listing) return <EditionMissing lang={lang} />;
  const { page, pages, data } = listing;
  const dict = getDictionary(lang);
  const name = lang === "gu" ? data.category.nameGu : data.category.nameEn;
  return (
    <StoryListing
      dict={dict}
      heading={fill(dict.listing.categoryTitle, { section: name })}
      stories={data.stories}
      page={page}
      pages={pages}
      href={(p) => paths.category(lang, data.category.slug, p)}
    />
  );
}

// Nothing is built ahead: each address renders on its first visit, then is served from the page cache.
export function generateStaticParams() {
  return [];
}
