import { unstable_cache } from "next/cache";
import { cache } from "react";
import { getNextScheduledChange } from "@/db/queries/schedule";

/**
 * How long a cached read (and so the page built from it) may live when nothing is written:
 * a safety net, since every write expires its tags at once. Configurable for tests.
 */
const freshness = (() => {
  const value = Number(process.env.CACHE_FRESHNESS_SECONDS);
  return Number.isInteger(value) && value > 0 ? value : 300;
})();

/**
 * Seconds until this render must be redone: the freshness window, capped at the next scheduled
 * story or expiring breaking flag. Asked on every render (two indexed lookups), never remembered,
 * so a story scheduled a moment ago caps the very next render.
 */
export function lifetime(now = Date.now()): number {
  const next = getNextScheduledChange(now);
  const until = next === null ? Infinity : Math.ceil((next - now) / 1000);
  return Math.max(1, Math.min(freshness, until));
}

class Missing extends Error {}

// The portal's reads, cached across requests by tag and de-duplicated within a
// render (so generateMetadata and the page share one read). A miss (null) is
// thrown past the cache so junk URLs cannot fill it.
export function cachedRead<A extends (string | number)[], R>(name: string, read: (...args: A) => R, tagsFor: (...args: A) => string[]) {
  return cache(async (...args: A): Promise<R> => {
    const load = unstable_cache(
      async () => {
        const value = read(...args);
        if (value === null) throw new Missing();
        return value;
      },
      [name, ...args.map(String)],
      { tags: tagsFor(...args), revalidate: lifetime() },
    );
    try {
      return await load();
    } catch (error) {
      if (error instanceof Missing) return null as R;
      throw error;
    }
  });
}
