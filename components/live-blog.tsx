import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { type LiveFeedData, LiveUpdatesFeed } from "./live-updates-feed";

type Props = { lang: Edition; dict: Dictionary; src: string; feed: LiveFeedData };

/** The live blog section under a live story's lead: heading, state and updates, newest first. */
export function LiveBlog({ lang, dict, src, feed }: Props) {
  const { heading, ...text } = dict.live;
  return (
    <section aria-labelledby="live-updates-heading" className="mt-8 border-t-2 border-brand pt-4">
      <h2 id="live-updates-heading" className="mb-3 text-2xl font-bold">
        {heading}
      </h2>
      <LiveUpdatesFeed lang={lang} src={src} initial={feed} text={text} />
    </section>
  );
}
