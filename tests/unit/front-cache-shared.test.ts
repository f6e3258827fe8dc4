import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrontServer } from "@/server/front-server";
import RedisCacheHandler from "@/server/redis-cache-handler";
import { connectRedis, readGeneration, type Redis } from "@/server/shared-redis";
import { redisTestsRun, startRedis } from "../helpers/redis";

const haveRedis = redisTestsRun();

// One front server stands for process B; a cache handler on its own connection is process A's writer.
describe.skipIf(!haveRedis)("the front server beside other processes", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let clients: Redis[];
  let front: Awaited<ReturnType<typeof createFrontServer>>;
  let base: string;
  let version = "first";
  let reachable = true;
  let rendered = 0;
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-build-"));
  fs.writeFileSync(path.join(distDir, "BUILD_ID"), "build-1");

  beforeAll(async () => {
    redis = await startRedis();
    clients = [await connectRedis(redis.url), await connectRedis(redis.url)];
    front = await createFrontServer(
      (_req, res) => {
        rendered++;
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=300" });
        res.end(`<p>${version}</p>`);
      },
      { generation: async () => (reachable ? readGeneration(clients[1]) : null) },
    );
    await new Promise<void>((resolve) => front.server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    front?.server.close();
    front?.inner.close();
    await Promise.all(clients?.map((client) => client.quit()) ?? []);
    await redis?.stop();
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  const get = async (url: string) => {
    const response = await fetch(`${base}${url}`);
    return { state: response.headers.get("x-page-cache"), body: await response.text() };
  };

  it("keeps serving its copy until another process expires a tag, then asks Next at once", async () => {
    expect(await get("/en/article/shared")).toEqual({ state: "MISS", body: "<p>first</p>" });
    expect(await get("/en/article/shared")).toEqual({ state: "HIT", body: "<p>first</p>" });
    version = "second";
    const otherProcess = new RedisCacheHandler(
      { serverDistDir: path.join(distDir, "server") } as never,
      async () => clients[0],
    );
    await otherProcess.revalidateTag("article:en:shared");
    expect(await get("/en/article/shared")).toEqual({ state: "MISS", body: "<p>second</p>" });
    expect(await get("/en/article/shared")).toEqual({ state: "HIT", body: "<p>second</p>" });
  });

  it("keeps nothing while the shared counter cannot be read", async () => {
    reachable = false;
    const before = rendered;
    expect((await get("/en/article/unreachable")).state).toBe("MISS");
    expect((await get("/en/article/unreachable")).state).toBe("MISS");
    expect(rendered - before).toBe(2);
    reachable = true;
  });
});
