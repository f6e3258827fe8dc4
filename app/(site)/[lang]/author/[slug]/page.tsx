import type { Metadata } from "next";
import { StoryListing } from "@/components/story-listing";
import { alternates } from "@/lib/alternates";
import { getAuthorPage } from "@/app/(site)/reads/pages";
import { fill, getDictionary, otherEdition } from "@/lib/i18n";
import { loadListing } from "@/app/(site)/[lang]/listing";
import { paths } from "@/lib/paths";
import { socialCard } from "@/lib/social";
import { EditionMissing, missingMetadata } from "@/app/(site)/[lang]/edition-missing";

// Page 1 here, later pages at ./page/[page] (which re-exports this file).
type Props = { params: Promise<{ lang: string; slug: string; page?: string }> };

const load = ({ params }: Props) => loadListing(params, getAuthorPage);

function authorName(lang: "gu" | "en", author: { name: string; nameGu: string | null }) {
  return lang === "gu" ? (author.nameGu ?? author.name) : author.name;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, listing } = await load(props);
  if (!listing) return missingMetadata(lang);
  const { page, slug, data } = listing;
  const dict = getDictionary(lang);
  const other = otherEdition(lang);
  const name = authorName(lang, data.author);
  const title =
    fill(dict.listing.authorTitle, { author: name }) + (page > 1 ? ` – ${fill(dict.pagination.page, { page })}` : "");
  const description = fill(dict.listing.authorDescription, { author: name });
  return {
    title,
    description,
    ...socialCard(lang, { title, description, url: paths.author(lang, slug, page) }),
    alternates: alternates(
      { lang, path: paths.author(lang, slug, page) },
      page === 1 ? { lang: other, path: paths.author(other, slug) } : null,
    ),
  };
}

export default async function AuthorPage(props: Props) {
  const { lang, listing } = await load(props);
  if (!listing) return <EditionMissing lang={lang} />;
  const { page, pages, slug, data } = listing;
  const dict = getDictionary(lang);
  const bio = lang === "gu" ? (data.author.bioGu ?? data.author.bio) : data.author.bio;
  return (
    <StoryListing
      dict={dict}
      heading={fill(dict.listing.authorTitle, { author: authorName(lang, data.author) })}
      intro={bio}
      stories={data.stories}
      page={page}
      pages={pages}
      href={(p) => paths.author(lang, slug, p)}
    />
  );
}

// Nothing is built ahead: each address renders on its first visit, then is served from the page cache.
export function generateStaticParams() {
  return [];
}
