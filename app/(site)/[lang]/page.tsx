import type { Metadata } from "next";
import { BreakingStrip } from "@/components/breaking-strip";
import { JsonLd } from "@/components/json-ld";
import { SectionBlock } from "@/components/section-block";
import { StoryCard } from "@/components/story-card";
import { alternates } from "@/lib/alternates";
import { getLiveStoryIds } from "@/app/(site)/reads/live";
import { getHome } from "@/app/(site)/reads/pages";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { cardSizes } from "@/lib/image-sizes";
import { getDictionary, otherEdition } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { socialCard } from "@/lib/social";
import { homeStructuredData } from "@/lib/structured-data";

// An upper bound only: cached reads lower it (app/(site)/reads/cached-read.ts) and writes expire it at once.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[lang]">): Promise<Metadata> {
  const lang = editionOrNotFound((await params).lang);
  const dict = getDictionary(lang);
  const other = otherEdition(lang);
  return {
    title: { absolute: `${dict.home.title} | ${dict.site.name}` },
    description: dict.home.description,
    alternates: alternates({ lang, path: paths.home(lang) }, { lang: other, path: paths.home(other) }),
    ...socialCard(lang, { title: dict.home.title, description: dict.home.description, url: paths.home(lang) }),
  };
}

export default async function EditionHome({ params }: PageProps<"/[lang]">) {
  const lang = editionOrNotFound((await params).lang);
  const dict = getDictionary(lang);
  const home = await getHome(lang);
  const liveIds = new Set(await getLiveStoryIds(lang));
  const liveLabel = (id: number) => (liveIds.has(id) ? dict.live.badge : undefined);
  const [lead, ...rest] = home.featured.length > 0 ? home.featured : home.latest;
  const leadIds = new Set([lead?.id, ...rest.map((s) => s.id)]);
  const latest = home.latest.filter((story) => !leadIds.has(story.id)).slice(0, 10);

  if (!lead) return <p className="py-16 text-center text-muted">{dict.home.empty}</p>;
  return (
    <>
      <JsonLd data={homeStructuredData(lang)} />
      <h1 className="sr-only">{dict.home.title}</h1>
      <div className="-mx-4 -mt-6 mb-6">
        <BreakingStrip stories={home.breaking} label={dict.home.breaking} heading={dict.home.breakingNews} />
      </div>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-label={dict.home.topStory} className="space-y-8 lg:col-span-2">
          <StoryCard story={lead} variant="lead" headingLevel="h2" liveLabel={liveLabel(lead.id)} />
          <div className="grid gap-6 sm:grid-cols-3">
            {rest.map((story) => (
              <StoryCard key={story.id} story={story} sizes={cardSizes.third} liveLabel={liveLabel(story.id)} />
            ))}
          </div>
        </section>
        <section aria-labelledby="latest-heading" className="lg:border-l lg:border-line lg:pl-6">
          <h2 id="latest-heading" className="border-b-2 border-brand pb-1 text-lg font-bold">
            {dict.home.latest}
          </h2>
          {latest.map((story) => (
            <StoryCard key={story.id} story={story} variant="compact" liveLabel={liveLabel(story.id)} />
          ))}
        </section>
      </div>
      <div className="mt-10 grid gap-10 md:grid-cols-2">
        {home.sections
          .filter((section) => section.stories.length > 0)
          .map(({ category, stories }) => (
            <SectionBlock
              key={category.id}
              lang={lang}
              category={category}
              stories={stories}
              moreLabel={dict.home.moreIn}
            />
          ))}
      </div>
    </>
  );
}
