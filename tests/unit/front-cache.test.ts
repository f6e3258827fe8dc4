import { describe, expect, it } from "vitest";
import { cacheSettings, decide } from "@/server/cache-policy";
import { contentSecurityPolicy, scriptHashes } from "@/server/content-security";
import { makeEntry, PageCache } from "@/server/page-cache";
import { routeKind } from "@/server/public-routes";

describe("the front server's page cache", () => {
  it("knows which addresses are the same for every reader", () => {
    for (const path of [
      "/gu",
      "/en/article/x",
      "/en/article/x/comments/newest/2",
      "/gu/category/gujarat",
      "/gu/category/gujarat/page/3",
      "/en/tag/a",
      "/en/author/b",
      "/en/feed.xml",
      "/gu/category/c/feed.xml",
      "/sitemap.xml",
      "/sitemaps/articles/1.xml",
    ]) {
      expect(routeKind(path), path).toBe("versioned");
    }
    expect(routeKind("/en/search")).toBe("search");
    for (const path of [
      "/en/sign-in",
      "/en/account",
      "/admin",
      "/admin/moderation",
      "/api/viewer",
      "/en/article/x/edit",
      "/fr",
      "/media/a.jpg",
    ]) {
      expect(routeKind(path), path).toBe("other");
    }
  });

  it("keeps a versioned page for Next's lifetime but tells shared caches the short one", () => {
    const kept = decide("versioned", 200, { "cache-control": "s-maxage=300, stale-while-revalidate=31535700" });
    const { shared, stale } = cacheSettings;
    expect(kept).toEqual({
      store: true,
      ttl: 300,
      cacheControl: `public, s-maxage=${shared}, stale-while-revalidate=${stale}`,
    });
    const soon = decide("versioned", 200, { "cache-control": "s-maxage=2, stale-while-revalidate=1" });
    expect(soon.cacheControl).toBe(`public, s-maxage=${Math.min(2, shared)}, stale-while-revalidate=${stale}`);
  });

  it("never keeps a private answer, one that sets a cookie, a stale copy or an error", () => {
    expect(decide("versioned", 200, { "cache-control": "private, no-cache, no-store" }).store).toBe(false);
    expect(decide("versioned", 200, { "cache-control": "s-maxage=60", "set-cookie": "a=b" }).store).toBe(false);
    expect(decide("versioned", 200, { "cache-control": "s-maxage=60", "x-nextjs-cache": "STALE" }).store).toBe(false);
    expect(decide("versioned", 404, { "cache-control": "s-maxage=60" }).store).toBe(false);
    expect(decide("search", 200, { "set-cookie": "a=b" })).toMatchObject({
      store: false,
      cacheControl: "private, no-store",
    });
    expect(decide("other", 200, { "cache-control": "s-maxage=60" })).toEqual({
      store: false,
      ttl: 0,
      cacheControl: null,
    });
  });

  it("drops expired entries, forgets the least recently used past its size, and empties on purge", () => {
    const cache = new PageCache(3000);
    const page = (bytes: number, ttl = 60, now = 0) =>
      makeEntry(200, { "content-type": "image/png" }, Buffer.alloc(bytes), ttl, now);
    cache.set("/a", page(600));
    cache.set("/b", page(600));
    expect(cache.get("/a", 1000)).not.toBeNull();
    cache.set("/c", page(600));
    cache.set("/d", page(600));
    cache.set("/e", page(700));
    expect(cache.get("/b", 1000)).toBeNull();
    expect(cache.get("/a", 1000)).not.toBeNull();
    expect(cache.get("/a", 61_000)).toBeNull();
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it("stores a compressed copy of text bodies once", () => {
    const entry = makeEntry(
      200,
      { "content-type": "text/html; charset=utf-8" },
      Buffer.from("<p>ખબર</p>".repeat(500)),
      10,
    );
    expect(entry.gzip!.length).toBeLessThan(entry.body.length / 10);
    expect(entry.etag).toMatch(/^"[\w-]+"$/);
  });
});

describe("the script policy of a cached page", () => {
  it("allows each inline script by its hash and nothing inline else", () => {
    const html = `<script src="/_next/a.js"></script><script>self.__next_f.push([1,"x"])</script><script>alert(1)</script><script></script>`;
    const hashes = scriptHashes(html);
    expect(hashes).toHaveLength(2);
    const policy = contentSecurityPolicy(hashes);
    expect(policy).toContain(`script-src 'self' ${hashes.join(" ")}`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("img-src 'self' data:");
  });
});
