import type { Metadata } from "next";
import { StoryListing } from "@/components/story-listing";
import { alternates } from "@/lib/alternates";
import { getTagPage } from "@/app/(site)/reads/pages";
import { fill, getDictionary } from "@/lib/i18n";
import { loadListing } from "@/app/(site)/[lang]/listing";
import { paths } from "@/lib/paths";
import { socialCard } from "@/lib/social";
import { EditionMissing, missingMetadata } from "@/app/(site)/[lang]/edition-missing";

// Page 1 here, later pages at ./page/[page] (which re-exports this file).
type Props = { params: Promise<{ lang: string; slug: string; page?: string }> };

// A tag whose stories have all gone (deleted, untagged, unpublished) is no page any more: 404, not an empty list.
async function load({ params }: Props) {
  const { lang, listing } = await loadListing(params, getTagPage);
  return { lang, listing: listing && listing.data.total > 0 ? listing : null };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, listing } = await load(props);
  if (!listing) return missingMetadata(lang);
  const { page, data } = listing;
  const dict = getDictionary(lang);
  const title = fill(dict.listing.tagTitle, { tag: data.tag.name });
  const fullTitle = page > 1 ? `${title} – ${fill(dict.pagination.page, { page })}` : title;
  const description = fill(dict.listing.tagDescription, { tag: data.tag.name });
  return {
    title: fullTitle,
    description,
    ...socialCard(lang, { title: fullTitle, description, url: paths.tag(lang, data.tag.slug, page) }),
    alternates: alternates({ lang, path: paths.tag(lang, data.tag.slug, page) }),
  };
}

export default async function TagPage(props: Props) {
  const { lang, listing } = await load(props);
  if (!listing) return <EditionMissing lang={lang} />;
  const { page, pages, data } = listing;
  const dict = getDictionary(lang);
  return (
    <StoryListing
      dict={dict}
      heading={fill(dict.listing.tagTitle, { tag: data.tag.name })}
      stories={data.stories}
      page={page}
      pages={pages}
      href={(p) => paths.tag(lang, data.tag.slug, p)}
    />
  );
}

// Nothing is built ahead: each address renders on its first visit, then is served from the page cache.
export function generateStaticParams() {
  return [];
}
