import Link from "next/link";
import type { ArticleCard } from "@/db/queries/articles";
import type { Category, Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { NotFoundStatus } from "./not-found-status";
import { SearchForm } from "./search-form";
import { StoryCard } from "./story-card";

type Props = { lang: Edition; dict: Dictionary; categories: Category[]; latest: ArticleCard[] };

/** An edition's 404: said in its language, with a way on (search, latest stories, home). */
export function EditionNotFound({ lang, dict, categories, latest }: Props) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <NotFoundStatus />
      <p className="text-5xl font-black text-brand" aria-hidden="true">
        404
      </p>
      <h1 className="mt-3 text-3xl font-bold">{dict.notFound.title}</h1>
      <p className="mt-3 text-muted">{dict.notFound.body}</p>
      <section aria-labelledby="not-found-search" className="mt-8">
        <h2 id="not-found-search" className="mb-3 text-lg font-bold">
          {dict.notFound.search}
        </h2>
        <SearchForm lang={lang} dict={dict} query="" section="" categories={categories} />
      </section>
      {latest.length > 0 ? (
        <section aria-labelledby="not-found-latest" className="mt-10">
          <h2 id="not-found-latest" className="border-b-2 border-brand pb-1 text-lg font-bold">
            {dict.notFound.latest}
          </h2>
          {latest.map((story) => (
            <StoryCard key={story.id} story={story} variant="compact" />
          ))}
        </section>
      ) : null}
      <Link
        href={paths.home(lang)}
        className="mt-8 inline-block rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark"
      >
        {dict.notFound.backHome}
      </Link>
    </div>
  );
}
