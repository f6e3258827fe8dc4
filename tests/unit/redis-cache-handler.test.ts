import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncrementalCacheValue } from "next/dist/server/response-cache";
import { decodeValue, encodeValue } from "@/server/cache-codec";
import RedisCacheHandler, { entrySeconds, storedTags } from "@/server/redis-cache-handler";
import { connectRedis, readGeneration, type Redis, redisKeys } from "@/server/shared-redis";
import { redisTestsRun, startRedis } from "../helpers/redis";

const haveRedis = redisTestsRun();

// Two handlers on two connections stand for two portal processes sharing one Redis.
const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-build-"));
fs.mkdirSync(path.join(distDir, "server"));
fs.writeFileSync(path.join(distDir, "BUILD_ID"), "build-1");
const context = { serverDistDir: path.join(distDir, "server"), revalidatedTags: [], _requestHeaders: {} };

const page = (tags: string, html = "<p>story</p>") =>
  ({
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from([0, 255, 254, 10]),
    status: 200,
    postponed: undefined,
    headers: { "x-next-cache-tags": tags },
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  }) as unknown as IncrementalCacheValue;

const read = (tags: string[]) =>
  ({
    kind: "FETCH",
    data: { headers: {}, body: '{"a":1}', status: 200, url: "" },
    tags,
    revalidate: 300,
  }) as unknown as IncrementalCacheValue;

type GetContext = Parameters<RedisCacheHandler["get"]>[1];
const pageContext = { kind: "APP_PAGE", isFallback: false } as unknown as GetContext;
const readContext = (tags: string[], softTags: string[] = []) =>
  ({ kind: "FETCH", tags, softTags, revalidate: 300 }) as unknown as GetContext;

/** Returns once Redis's clock has moved to a later millisecond than when it was called. */
async function nextRedisMillisecond(client: Redis) {
  const now = async () => {
    const [seconds, micros] = await client.time();
    return Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
  };
  const start = await now();
  while ((await now()) === start);
}

describe("the Redis value format", () => {
  it("gives back bytes and maps exactly as stored", () => {
    const value = { rsc: Buffer.from([0, 128, 255]), parts: new Map([["a", Buffer.from("x")]]), text: "ગુજરાતી" };
    const back = decodeValue<typeof value>(encodeValue(value));
    expect(back.rsc.equals(value.rsc)).toBe(true);
    expect(back.parts.get("a")?.toString()).toBe("x");
    expect(back.text).toBe("ગુજરાતી");
  });

  it("keeps a page under the tags Next lists for it, and a read under its own tags", () => {
    expect(storedTags(page("_N_T_/layout,home:gu"), { cacheControl: { revalidate: 60, expire: 600 } })).toEqual([
      "_N_T_/layout",
      "home:gu",
    ]);
    expect(storedTags(read(["article:gu:x"]), { fetchCache: true, tags: ["article:gu:x", "home:gu"] })).toEqual([
      "article:gu:x",
      "home:gu",
    ]);
    expect(storedTags(null, { fetchCache: true })).toEqual([]);
  });

  it("keeps an entry twice its lifetime, at least a minute and at most a day", () => {
    expect(entrySeconds(page(""), { cacheControl: { revalidate: 20, expire: undefined } })).toBe(60);
    expect(entrySeconds(page(""), { cacheControl: { revalidate: 300, expire: 31536000 } })).toBe(86400);
    expect(entrySeconds(read([]), { fetchCache: true })).toBe(600);
  });
});

describe.skipIf(!haveRedis)("the shared cache handler against a real Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let clients: Redis[];
  let processA: RedisCacheHandler;
  let processB: RedisCacheHandler;

  beforeAll(async () => {
    redis = await startRedis();
    clients = [await connectRedis(redis.url), await connectRedis(redis.url)];
    processA = new RedisCacheHandler(context, async () => clients[0]);
    processB = new RedisCacheHandler(context, async () => clients[1]);
  });
  afterAll(async () => {
    await Promise.all(clients?.map((client) => client.quit()) ?? []);
    await redis?.stop();
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it("serves a page stored by one process to another, bytes intact", async () => {
    await processA.set("/gu/article/a", page("article:gu:a"), { cacheControl: { revalidate: 300, expire: undefined } });
    const found = await processB.get("/gu/article/a", pageContext);
    const value = found?.value as { html: string; rscData: Buffer; segmentData: Map<string, Buffer> };
    expect(value.html).toBe("<p>story</p>");
    expect(value.rscData.equals(Buffer.from([0, 255, 254, 10]))).toBe(true);
    expect(value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(found?.cacheControl).toEqual({ revalidate: 300 });
    expect(Math.abs(found!.lastModified - Date.now())).toBeLessThan(60_000);
  });

  it("hides every entry under a tag another process expired, and keeps the rest", async () => {
    await processA.set("/gu/article/b", page("_N_T_/layout,article:gu:b"), {
      cacheControl: { revalidate: 300, expire: undefined },
    });
    await processA.set("/gu/category/x", page("_N_T_/layout,category:gu:x"), {
      cacheControl: { revalidate: 300, expire: undefined },
    });
    await processB.revalidateTag(["article:gu:b"]);
    expect(await processA.get("/gu/article/b", pageContext)).toBeNull();
    expect(await processB.get("/gu/article/b", pageContext)).toBeNull();
    expect(await processA.get("/gu/category/x", pageContext)).not.toBeNull();
  });

  it("serves what was stored after the expiry", async () => {
    await processA.set("/gu/article/c", page("article:gu:c", "old"), {
      cacheControl: { revalidate: 300, expire: undefined },
    });
    await processB.revalidateTag("article:gu:c");
    // Stamps are Redis milliseconds, and a page stored in the very millisecond of an expiry counts as older.
    await nextRedisMillisecond(clients[0]);
    await processA.set("/gu/article/c", page("article:gu:c", "new"), {
      cacheControl: { revalidate: 300, expire: undefined },
    });
    const found = await processB.get("/gu/article/c", pageContext);
    expect((found?.value as { html: string }).html).toBe("new");
  });

  it("hides a cached read when a tag it is stored under, or one the caller names, expires", async () => {
    await processA.set("read-1", read(["comments:7"]), { fetchCache: true, tags: ["comments:7"] });
    await processA.set("read-2", read(["settings"]), { fetchCache: true, tags: ["settings"] });
    expect(await processB.get("read-1", readContext(["comments:7"]))).not.toBeNull();
    await processA.revalidateTag("comments:7");
    expect(await processB.get("read-1", readContext([]))).toBeNull();
    await processB.revalidateTag("_N_T_/gu/article/d");
    expect(await processA.get("read-2", readContext(["settings"], ["_N_T_/gu/article/d"]))).toBeNull();
    expect(await processA.get("read-2", readContext(["settings"], ["_N_T_/en"]))).not.toBeNull();
  });

  it("counts every expiry, so a front server can tell its pages are old", async () => {
    const before = Number(await readGeneration(clients[0]));
    await processA.revalidateTag(["home:gu", "home:en"]);
    await processB.revalidateTag([]);
    expect(Number(await readGeneration(clients[1]))).toBe(before + 1);
  });

  it("keeps another build's pages apart", async () => {
    await processA.set("/en", page("home:en"), { cacheControl: { revalidate: 300, expire: undefined } });
    const keys = redisKeys();
    expect(await clients[0].exists(keys.entry("build-1", "/en"))).toBe(1);
    expect(await clients[0].exists(keys.entry("build-2", "/en"))).toBe(0);
  });

  it("answers a miss, not an error, when Redis cannot be reached", async () => {
    const gone = new RedisCacheHandler(context, () => connectRedis("redis://127.0.0.1:1"));
    expect(await gone.get("/gu/article/a", pageContext)).toBeNull();
  });
});
