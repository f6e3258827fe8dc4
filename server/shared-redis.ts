import crypto from "node:crypto";
import { createClient } from "@redis/client";

// The one Redis every portal process shares when REDIS_URL is set (README, "Running on more
// than one machine"): Next's page and data cache (server/redis-cache-handler.ts) and the
// counter that tells each front server a write happened elsewhere (server/front-server.ts).
// Loaded only when REDIS_URL is set.

const newClient = (url: string, connected: () => boolean) =>
  createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      // A first connection that fails is reported at once (the caller tries again later);
      // a lost one is retried in the background, backing off to every 2 s.
      reconnectStrategy: (attempt: number, cause: Error) => (connected() ? Math.min(100 * 2 ** attempt, 2000) : cause),
    },
  });

export type Redis = ReturnType<typeof newClient>;

/** Key names; REDIS_PREFIX lets two portals share one Redis. */
export function redisKeys(prefix = process.env.REDIS_PREFIX ?? "khabar-setu:") {
  return {
    /** One cached page or read, per build: another build's pages name other script files. */
    entry: (build: string, key: string) => `${prefix}entry:${build}:${key}`,
    /** Hash of tag → Redis time (ms) of its last expiry, shared by every build. */
    tags: `${prefix}tags`,
    /** Bumped by every expiry: a front server holding pages from an older value drops them. */
    generation: `${prefix}generation`,
  };
}

/**
 * Connects without an offline queue: while Redis is away a command fails at once (a read is
 * then a miss and the page is rendered from the database) instead of waiting for it.
 */
export async function connectRedis(url: string): Promise<Redis> {
  let reported = false;
  let connected = false;
  const client = newClient(url, () => connected);
  client.on("error", (error: Error) => {
    if (!reported) console.error(`[redis] ${url.replace(/\/\/[^@/]*@/, "//…@")}: ${error.message}`);
    reported = true;
  });
  client.on("ready", () => {
    connected = true;
    reported = false;
  });
  await client.connect();
  return client;
}

const slot = Symbol.for("khabar-setu.redis");

/** This process's connection to REDIS_URL, shared by everything in it; retried after a failed connect. */
export function sharedRedis(): Promise<Redis> {
  const store = globalThis as Record<symbol, Promise<Redis> | undefined>;
  const url = process.env.REDIS_URL;
  if (!url) return Promise.reject(new Error("REDIS_URL is not set"));
  store[slot] ??= connectRedis(url).catch((error: unknown) => {
    store[slot] = undefined;
    throw error;
  });
  return store[slot];
}

/** Runs a Lua script by its digest, sending its text only the first time a Redis sees it. */
export async function runScript(redis: Redis, script: string, keys: string[], args: string[]): Promise<unknown> {
  const sha = crypto.createHash("sha1").update(script).digest("hex");
  try {
    return await redis.evalSha(sha, { keys, arguments: args });
  } catch (error) {
    if (!String((error as Error).message).startsWith("NOSCRIPT")) throw error;
    return redis.eval(script, { keys, arguments: args });
  }
}

/** Reads the expiry counter; null when Redis cannot be reached (callers then keep nothing). */
export async function readGeneration(redis: Redis | null, keys = redisKeys()): Promise<string | null> {
  if (!redis) return null;
  try {
    return (await redis.get(keys.generation)) ?? "0";
  } catch {
    return null;
  }
}
