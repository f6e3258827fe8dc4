import type { Edition } from "@/db/schema";
import { formatDate, isoIndia } from "./format";
import { paths } from "./paths";

/** Seconds between two polls of a live page's JSON while its tab is visible. */
export const livePollSeconds = 20;

export type LiveCoverage = { startedAt: number; liveUntil: number | null; endedAt: number | null };
export type LiveState = "live" | "ended";

/** Live from the start until an editor ends it or its "live until" time passes, whichever comes first. */
export function liveState(coverage: LiveCoverage, now = Date.now()): LiveState {
  if (coverage.endedAt !== null && coverage.endedAt <= now) return "ended";
  return coverage.liveUntil !== null && coverage.liveUntil <= now ? "ended" : "live";
}

/** When coverage stopped or is planned to stop: the earlier of the editor's end and "live until". */
export function coverageEnd(coverage: LiveCoverage): number | null {
  const ends = [coverage.endedAt, coverage.liveUntil].filter((t): t is number => t !== null);
  return ends.length ? Math.min(...ends) : null;
}

/**
 * An update's stamp in India time: "17:33", with the date in front when the update was made on
 * another day than `reference` (the newest update shown), so a long-running page stays unambiguous.
 */
export function liveStamp(ms: number, lang: Edition, reference: number): { time: string; date: string | null } {
  const time = isoIndia(ms).slice(11, 16);
  const sameDay = isoIndia(ms).slice(0, 10) === isoIndia(reference).slice(0, 10);
  return { time, date: sameDay ? null : formatDate(ms, lang) };
}

export const updateAnchor = (id: number) => `update-${id}`;

/** The JSON a live page polls: the article's address plus /live.json, public and cached like the page. */
export const liveJsonPath = (lang: Edition, slug: string) => `${paths.article(lang, slug)}/live.json`;
