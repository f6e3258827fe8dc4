import type { ArticleCard } from "@/db/queries/articles";
import { cardSizes } from "@/lib/image-sizes";
import { StoryCard } from "./story-card";

export function RelatedStories({ stories, heading }: { stories: ArticleCard[]; heading: string }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-12">
      <h2 id="related-heading" className="mb-4 border-b-2 border-brand pb-1 text-xl font-bold">
        {heading}
      </h2>
      <div className="grid gap-6 sm:grid-cols-2">
        {stories.map((story) => (
          <StoryCard key={story.id} story={story} sizes={cardSizes.related} />
        ))}
      </div>
    </section>
  );
}
