import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { getScheduleMarks } from "@/db/queries/schedule";

/**
 * How long a cached read (and so the page built from it) may live when nothing is written:
 * a safety net, since every write expires its tags at once. Configurable for tests.
 */
const freshness = (() => {
  const value = Number(process.env.CACHE_FRESHNESS_SECONDS);
  return Number.isInteger(value) && value > 0 ? value : 300;
})();

/** Read once per render: two indexed lookups for the next and the last scheduled change. */
const scheduleMarks = cache(() => getScheduleMarks());

/** Part of every cached read's key: changes when a scheduled moment passes (see cachedRead). */
export const scheduleKey = async () => String((await scheduleMarks()).last ?? 0);

/**
 * Seconds until this render must be redone: the freshness window, capped at the next scheduled
 * story or expiring breaking flag, so a story scheduled a moment ago caps the very next render.
 */
export async function lifetime(now = Date.now()): Promise<number> {
  const { next } = await scheduleMarks();
  const until = next === null ? Infinity : Math.ceil((next - now) / 1000);
  return Math.max(1, Math.min(freshness, until));
}

class Missing extends Error {}

// The portal's reads, cached across requests by tag and de-duplicated within a
// render (so generateMetadata and the page share one read). A miss (null) is
// thrown past the cache so junk URLs cannot fill it.
export function cachedRead<A extends (string | number)[], R>(
  name: string,
  read: (...args: A) => R | Promise<R>,
  tagsFor: (...args: A) => string[],
) {
  return cache(async (...args: A): Promise<R> => {
    const load = unstable_cache(
      async () => {
        const value = await read(...args);
        if (value === null) throw new Missing();
        return value;
      },
      // Next judges a cached read's age against the lifetime asked for now, not the one it was stored
      // with: once a scheduled moment has passed, the key changes, so no read from before it is reused.
      [name, ...args.map(String), await scheduleKey()],
      { tags: tagsFor(...args), revalidate: await lifetime() },
    );
    try {
      return await load();
    } catch (error) {
      if (error instanceof Missing) return null as R;
      throw error;
    }
  });
}
