import Link from "next/link";
import type { ArticleCard } from "@/db/queries/articles";
import { cardSizes } from "@/lib/image-sizes";
import { paths } from "@/lib/paths";
import { LiveBadge } from "./live-badge";
import { StoryImage } from "./story-image";
import { TimeStamp } from "./time-stamp";

type Props = {
  story: ArticleCard;
  variant?: "lead" | "standard" | "compact";
  headingLevel?: "h2" | "h3";
  /** The image's rendered width in its grid (the `sizes` attribute). */
  sizes?: string;
  /** The first image in view: never lazy, preloaded with high priority. */
  priority?: boolean;
  /** Set while the story is covered live: its translated "LIVE" label. */
  liveLabel?: string;
};

export function StoryCard({
  story,
  variant = "standard",
  headingLevel: Heading = "h3",
  sizes,
  priority,
  liveLabel,
}: Props) {
  const href = paths.article(story.edition, story.slug);
  const live = liveLabel ? <LiveBadge label={liveLabel} className="mr-2 align-middle" /> : null;
  if (variant === "compact") {
    return (
      <article className="border-b border-line py-3 last:border-b-0">
        <Heading className="font-semibold leading-snug">
          {live}
          <Link href={href} className="hover:text-brand hover:underline">
            {story.title}
          </Link>
        </Heading>
        {story.publishedAt ? (
          <TimeStamp ms={story.publishedAt} lang={story.edition} className="mt-1 block text-xs text-muted" />
        ) : null}
      </article>
    );
  }
  const lead = variant === "lead";
  return (
    <article className={lead ? "grid gap-4 md:grid-cols-5" : "flex flex-col gap-2"}>
      <Link
        href={href}
        prefetch={false}
        className={lead ? "md:col-span-3" : undefined}
        tabIndex={-1}
        aria-hidden="true"
      >
        <StoryImage
          image={story}
          priority={priority ?? lead}
          sizes={sizes ?? (lead ? cardSizes.lead : cardSizes.half)}
        />
      </Link>
      <div className={lead ? "md:col-span-2" : undefined}>
        <Heading
          className={lead ? "text-2xl font-bold leading-tight md:text-3xl" : "text-lg font-semibold leading-snug"}
        >
          {live}
          <Link href={href} className="hover:text-brand hover:underline">
            {story.title}
          </Link>
        </Heading>
        {story.dek ? (
          <p className={lead ? "mt-3 text-muted md:text-lg" : "mt-1 line-clamp-3 text-sm text-muted"}>{story.dek}</p>
        ) : null}
        {story.publishedAt ? (
          <TimeStamp ms={story.publishedAt} lang={story.edition} className="mt-2 block text-xs text-muted" />
        ) : null}
      </div>
    </article>
  );
}
