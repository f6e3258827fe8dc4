import Link from "next/link";
import type { ArticleCard } from "@/db/queries/articles";
import type { Category, Edition } from "@/db/schema";
import { fill } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { StoryCard } from "./story-card";

type Props = { lang: Edition; category: Category; stories: ArticleCard[]; moreLabel: string };

export function SectionBlock({ lang, category, stories, moreLabel }: Props) {
  const name = lang === "gu" ? category.nameGu : category.nameEn;
  const [first, ...others] = stories;
  return (
    <section aria-labelledby={`section-${category.slug}`}>
      <h2 id={`section-${category.slug}`} className="mb-3 border-b-2 border-brand pb-1 text-xl font-bold">
        <Link href={paths.category(lang, category.slug)} prefetch={false} className="hover:text-brand">
          {name}
        </Link>
      </h2>
      <StoryCard story={first} />
      <div className="mt-2">
        {others.map((story) => (
          <StoryCard key={story.id} story={story} variant="compact" />
        ))}
      </div>
      <Link
        href={paths.category(lang, category.slug)}
        prefetch={false}
        className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-brand hover:underline"
      >
        {fill(moreLabel, { section: name })} →
      </Link>
    </section>
  );
}
