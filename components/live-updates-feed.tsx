"use client";

import { useRef, useState } from "react";
import type { Edition } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { livePollSeconds } from "@/lib/live-blog";
import { LiveBadge } from "./live-badge";
import { type LiveUpdateText, LiveUpdateItem, type LiveUpdateView } from "./live-update-item";
import { useLivePoll } from "./use-live-poll";

export type LiveFeedData = {
  state: "live" | "ended";
  endsAt: number | null;
  pinned: LiveUpdateView | null;
  updates: LiveUpdateView[];
};
export type LiveFeedText = LiveUpdateText & {
  badge: string;
  ended: string;
  until: string;
  none: string;
  newUpdates: string;
  newUpdateOne: string;
  show: string;
};

type Props = { lang: Edition; src: string; initial: LiveFeedData; text: LiveFeedText };

const newestId = (feed: LiveFeedData) => Math.max(0, ...feed.updates.map((u) => u.id), feed.pinned?.id ?? 0);
const countAfter = (feed: LiveFeedData, seen: number) =>
  feed.updates.filter((u) => u.id > seen).length + (feed.pinned && feed.pinned.id > seen ? 1 : 0);

/**
 * The updates under a live story. The page's cached HTML holds the updates of its render; this
 * polls the story's live.json (cached, the same for every reader) and offers new updates behind a
 * button rather than pushing the text being read down the page. Edits, deletions and the end of
 * coverage are applied quietly.
 */
export function LiveUpdatesFeed({ lang, src, initial, text }: Props) {
  const [shown, setShown] = useState(initial);
  const [waiting, setWaiting] = useState<LiveFeedData | null>(null);
  const list = useRef<HTMLDivElement>(null);

  useLivePoll(async () => {
    if (shown.state === "ended") return;
    const response = await fetch(src, { cache: "no-cache" });
    if (!response.ok) return;
    const feed = (await response.json()) as LiveFeedData;
    if (countAfter(feed, newestId(shown)) > 0) setWaiting(feed);
    else setShown(feed);
  }, livePollSeconds);

  const count = waiting ? countAfter(waiting, newestId(shown)) : 0;
  function reveal() {
    if (!waiting) return;
    setShown(waiting);
    setWaiting(null);
    list.current?.focus();
  }

  const reference = shown.updates[0]?.at ?? shown.pinned?.at ?? 0;
  return (
    <div ref={list} tabIndex={-1} className="flex flex-col gap-5 outline-none">
      {shown.state === "live" ? (
        <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
          <LiveBadge label={text.badge} />
          {shown.endsAt ? fill(text.until, { date: formatDateTime(shown.endsAt, lang) }) : null}
        </p>
      ) : (
        <p className="font-semibold text-muted">
          {fill(text.ended, { date: shown.endsAt ? formatDateTime(shown.endsAt, lang) : "" })}
        </p>
      )}
      <div aria-live="polite" className="empty:hidden">
        {count > 0 ? (
          <button
            type="button"
            onClick={reveal}
            className="rounded-full bg-brand px-4 py-2 font-semibold text-white shadow hover:bg-brand-dark"
          >
            {count === 1 ? text.newUpdateOne : fill(text.newUpdates, { count })} · {text.show}
          </button>
        ) : null}
      </div>
      {shown.pinned ? (
        <LiveUpdateItem lang={lang} update={shown.pinned} text={text} reference={reference} pinned />
      ) : null}
      {shown.updates.length === 0 && !shown.pinned ? <p className="text-muted">{text.none}</p> : null}
      {shown.updates.map((update) => (
        <LiveUpdateItem key={update.id} lang={lang} update={update} text={text} reference={reference} />
      ))}
    </div>
  );
}
