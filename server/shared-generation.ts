/** Reads the shared expiry counter; null when it cannot be read. */
export type Generation = () => Promise<string | null>;

/**
 * With REDIS_URL set, the counter every tag expiry bumps (server/redis-cache-handler.ts). It is
 * bumped before the writing action answers, so the very next request to any process sees it
 * and is not served a page kept from before. Without REDIS_URL, null: no Redis client is loaded.
 */
export async function sharedGeneration(): Promise<Generation | null> {
  if (!process.env.REDIS_URL) return null;
  const { readGeneration, sharedRedis } = await import("./shared-redis");
  return async () => readGeneration(await sharedRedis().catch(() => null));
}
