import type { Metadata } from "next";
import { StoryListing } from "@/components/story-listing";
import { alternates } from "@/lib/alternates";
import { getTagPage } from "@/lib/content";
import { fill, getDictionary } from "@/lib/i18n";
import { loadListing } from "@/lib/listing";
import { paths } from "@/lib/paths";
import { socialCard } from "@/lib/social";

type Props = PageProps<"/[lang]/tag/[slug]">;

const load = ({ params, searchParams }: Props) => loadListing(params, searchParams, getTagPage);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, page, data } = await load(props);
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
  const { lang, page, pages, data } = await load(props);
  const dict = getDictionary(lang);
  return (
    <StoryListing dict={dict} heading={fill(dict.listing.tagTitle, { tag: data.tag.name })} stories={data.stories}
      page={page} pages={pages} href={(p) => paths.tag(lang, data.tag.slug, p)} />
  );
}
