import type { ArticleCard } from "@/db/queries/articles";
import { type Dictionary, fill } from "@/lib/i18n";
import { Pagination } from "./pagination";
import { cardSizes } from "@/lib/image-sizes";
import { StoryCard } from "./story-card";

type Props = {
  dict: Dictionary;
  heading: string;
  intro?: string | null;
  stories: ArticleCard[];
  page: number;
  pages: number;
  href: (page: number) => string;
};

export function StoryListing({ dict, heading, intro, stories, page, pages, href }: Props) {
  // The first picture is the page's largest paint: load it at once, even when the newest story has none.
  const firstPicture = stories.findIndex((story) => story.imagePath);
  return (
    <>
      <header className="mb-6 border-b-2 border-brand pb-3">
        <h1 className="text-3xl font-extrabold">{heading}</h1>
        {intro ? <p className="mt-2 text-muted">{intro}</p> : null}
        {pages > 1 ? <p className="mt-1 text-sm text-muted">{fill(dict.listing.pageOf, { page, pages })}</p> : null}
      </header>
      {stories.length === 0 ? <p className="py-10 text-center text-muted">{dict.listing.empty}</p> : null}
      <div className="grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-4">
        {stories.map((story, index) => (
          <StoryCard
            key={story.id}
            story={story}
            headingLevel="h2"
            sizes={cardSizes.listing}
            priority={index === firstPicture}
          />
        ))}
      </div>
      <Pagination page={page} pages={pages} href={href} dict={dict} />
    </>
  );
}
