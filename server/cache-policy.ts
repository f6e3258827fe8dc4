import type { RouteKind } from "./public-routes";

// Seconds, from the environment (README, "Caching"). Shared caches (nginx, a CDN) cannot be
// told when a story changes, so they keep a page only briefly; the portal's own caches are
// refreshed exactly on every write and may keep it longer.
const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
};

export const cacheSettings = {
  shared: seconds("CACHE_SHARED_SECONDS", 10),
  stale: seconds("CACHE_STALE_SECONDS", 60),
  search: seconds("SEARCH_CACHE_SECONDS", 30),
  maxBytes: seconds("PAGE_CACHE_MB", 128) * 1024 * 1024,
};

export type Decision = { store: boolean; ttl: number; cacheControl: string | null };

function sMaxAge(cacheControl: string): number | null {
  const match = /(?:^|,)\s*s-maxage=(\d+)/.exec(cacheControl);
  return match ? Number(match[1]) : null;
}

const shared = (ttl: number) =>
  `public, s-maxage=${Math.max(1, Math.min(cacheSettings.shared, ttl))}, stale-while-revalidate=${cacheSettings.stale}`;

/**
 * What to do with Next's answer for a public URL: keep it (and how long) and what
 * Cache-Control to send on. Next marks a page rendered once per version with
 * `s-maxage=N`, N being its lifetime, already capped at the next scheduled story.
 */
export function decide(kind: RouteKind, status: number, headers: Record<string, string>): Decision {
  const given = headers["cache-control"] ?? "";
  const clean = !headers["set-cookie"];
  if (kind === "search") {
    const ok = status === 200 && clean && cacheSettings.search > 0;
    return ok
      ? { store: true, ttl: cacheSettings.search, cacheControl: shared(cacheSettings.search) }
      : { store: false, ttl: 0, cacheControl: "private, no-store" };
  }
  const ttl = sMaxAge(given);
  if (kind !== "versioned" || ttl === null || !clean) return { store: false, ttl: 0, cacheControl: null };
  const stale = headers["x-nextjs-cache"] === "STALE";
  return { store: status === 200 && !stale && ttl > 0, ttl, cacheControl: shared(stale ? 1 : ttl) };
}
