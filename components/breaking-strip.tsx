import Link from "next/link";
import type { ArticleCard } from "@/db/queries/articles";
import { paths } from "@/lib/paths";

export function BreakingStrip({ stories, label, heading }: { stories: ArticleCard[]; label: string; heading: string }) {
  if (stories.length === 0) return null;
  return (
    <section aria-label={heading} className="border-b border-brand-dark bg-brand text-white">
      <div className="mx-auto flex max-w-6xl items-start gap-3 px-4 py-2 text-sm">
        <span className="shrink-0 rounded-sm bg-white px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-brand">
          {label}
        </span>
        <ul className="flex min-w-0 flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
          {stories.map((story) => (
            <li key={story.id}>
              <Link
                href={paths.article(story.edition, story.slug)}
                className="font-semibold underline-offset-2 hover:underline"
              >
                {story.title}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
