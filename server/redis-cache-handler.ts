import fs from "node:fs";
import path from "node:path";
import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from "next/dist/server/lib/incremental-cache";
import type {
  CachedFetchValue,
  GetIncrementalFetchCacheContext,
  GetIncrementalResponseCacheHandlerContext,
  IncrementalCacheValue,
  SetIncrementalFetchCacheContext,
  SetIncrementalResponseCacheHandlerContext,
} from "next/dist/server/response-cache";
import { decodeValue, encodeValue } from "./cache-codec";
import { type Redis, redisKeys, runScript, sharedRedis } from "./shared-redis";

// Next's incremental cache (ISR pages, unstable_cache reads) kept in Redis, so every portal
// process shares one copy and a tag expired by one is expired for all (next.config.ts sets it
// as `cacheHandler` when REDIS_URL is set). An entry is stored as "stamp\ntags\nvalue", the
// stamp being Redis's own clock; a tag's expiry is also stamped by Redis, so machines whose
// clocks differ still agree on which entries came before a write.

const storeScript = `
local t = redis.call('TIME')
local now = string.format('%.0f', t[1] * 1000 + math.floor(t[2] / 1000))
redis.call('SET', KEYS[1], now .. '\\n' .. ARGV[1] .. '\\n' .. ARGV[2], 'EX', ARGV[3])
return now`;

// Returns the entry unless one of its tags (stored, or named by the caller) expired at or after it was stored.
const readScript = `
local raw = redis.call('GET', KEYS[1])
if not raw then return false end
local first = string.find(raw, '\\n', 1, true)
local second = string.find(raw, '\\n', first + 1, true)
local stamp = tonumber(string.sub(raw, 1, first - 1))
local function expired(tag)
  local mark = redis.call('HGET', KEYS[2], tag)
  return mark and tonumber(mark) >= stamp
end
for tag in string.gmatch(string.sub(raw, first + 1, second - 1), '[^,]+') do
  if expired(tag) then return false end
end
for _, tag in ipairs(ARGV) do
  if expired(tag) then return false end
end
return raw`;

const expireScript = `
local t = redis.call('TIME')
local now = string.format('%.0f', t[1] * 1000 + math.floor(t[2] / 1000))
for _, tag in ipairs(ARGV) do redis.call('HSET', KEYS[1], tag, now) end
redis.call('INCR', KEYS[2])
return now`;

/** An entry outlives its lifetime so Next can serve it once stale while it renders anew; a day at most. */
const longestEntrySeconds = 86400;

type GetContext = GetIncrementalFetchCacheContext | GetIncrementalResponseCacheHandlerContext;
type SetContext = SetIncrementalFetchCacheContext | SetIncrementalResponseCacheHandlerContext;

// Next's kinds are a const enum, which a per-file compiler cannot inline: compared as strings.
const isRead = (data: IncrementalCacheValue | null): data is CachedFetchValue => (data?.kind as string) === "FETCH";

/** The tags an entry is stored under: a read's own, or those Next lists in a page's headers. */
export function storedTags(data: IncrementalCacheValue | null, ctx: SetContext): string[] {
  if (!data) return [];
  if (isRead(data)) return [...new Set([...(data.tags ?? []), ...("tags" in ctx ? (ctx.tags ?? []) : [])])];
  const header = "headers" in data ? data.headers?.["x-next-cache-tags"] : undefined;
  return typeof header === "string" ? header.split(",").filter(Boolean) : [];
}

export function entrySeconds(data: IncrementalCacheValue | null, ctx: SetContext): number {
  const control = "cacheControl" in ctx ? ctx.cacheControl : undefined;
  const given = [control?.expire, control?.revalidate, isRead(data) ? data.revalidate : undefined];
  const seconds = given.find((n): n is number => typeof n === "number" && n > 0);
  return seconds === undefined ? longestEntrySeconds : Math.min(longestEntrySeconds, Math.max(60, 2 * seconds));
}

const builds = new Map<string, string>();
function buildOf(serverDistDir: string | undefined): string {
  if (!serverDistDir) return "dev";
  let id = builds.get(serverDistDir);
  if (!id) {
    id = fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    builds.set(serverDistDir, id);
  }
  return id;
}

type Stored = { value: IncrementalCacheValue | null; cacheControl?: CacheHandlerValue["cacheControl"] };

export default class RedisCacheHandler implements CacheHandler {
  private readonly build: string;
  private readonly keys = redisKeys();

  constructor(
    ctx: CacheHandlerContext,
    private readonly connect: () => Promise<Redis> = sharedRedis,
  ) {
    this.build = buildOf(ctx.serverDistDir);
  }

  async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
    const named = "tags" in ctx ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    try {
      const redis = await this.connect();
      const raw = await runScript(redis, readScript, [this.keys.entry(this.build, key), this.keys.tags], named);
      if (typeof raw !== "string") return null;
      const first = raw.indexOf("\n");
      const stored = decodeValue<Stored>(raw.slice(raw.indexOf("\n", first + 1) + 1));
      return { lastModified: Number(raw.slice(0, first)), value: stored.value, cacheControl: stored.cacheControl };
    } catch (error) {
      console.error(`[redis] cache read failed, rendering afresh: ${(error as Error).message}`);
      return null;
    }
  }

  async set(key: string, data: IncrementalCacheValue | null, ctx: SetContext): Promise<void> {
    const stored: Stored = { value: data, cacheControl: "cacheControl" in ctx ? ctx.cacheControl : undefined };
    const redis = await this.connect();
    await runScript(
      redis,
      storeScript,
      [this.keys.entry(this.build, key)],
      [storedTags(data, ctx).join(","), encodeValue(stored), String(entrySeconds(data, ctx))],
    );
  }

  /**
   * Expires the tags for every process at once. Next's "stale, then refresh" form (a profile
   * with an expiry) is treated as immediate expiry: the portal only ever uses updateTag.
   */
  async revalidateTag(tags: string | string[]): Promise<void> {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    try {
      const redis = await this.connect();
      await runScript(redis, expireScript, [this.keys.tags, this.keys.generation], list);
    } catch (error) {
      console.error(`[redis] could not expire ${list.join(", ")}: ${(error as Error).message}`);
    }
  }

  resetRequestCache(): void {}
}
