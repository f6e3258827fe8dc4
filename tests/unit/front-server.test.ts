import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrontServer, varyOnEncoding } from "@/server/front-server";

// A stand-in for Next's request handler: an article page as `next start` answers it, with
// Accept-Encoding already in its Vary (Next lists it whenever its own compression is on).
const page = "<!DOCTYPE html><html><body><p>A story</p></body></html>".repeat(100);
let front: Awaited<ReturnType<typeof createFrontServer>>;
let base: string;

beforeAll(async () => {
  front = await createFrontServer((req, res) => {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "s-maxage=300, stale-while-revalidate=31535700",
      vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
    });
    res.end(page);
  });
  await new Promise<void>((resolve) => front.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
});
afterAll(() => {
  front.server.close();
  front.inner.close();
});

function get(path: string, headers: Record<string, string>) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on("data", (chunk: Buffer) => chunks.push(chunk))
          .on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the front server's answer headers", () => {
  it("names Accept-Encoding once in Vary, for a stored page and a fresh one, gzipped or not", async () => {
    for (const encoding of ["gzip", "identity", "gzip"]) {
      const answer = await get("/en/article/a-story", { "accept-encoding": encoding });
      const names = String(answer.headers.vary)
        .split(",")
        .map((name) => name.trim().toLowerCase());
      expect(names.filter((name) => name === "accept-encoding")).toHaveLength(1);
      const body = answer.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(answer.body) : answer.body;
      expect(answer.headers["content-encoding"]).toBe(encoding === "gzip" ? "gzip" : undefined);
      expect(body.toString()).toBe(page);
    }
  });

  it("adds Accept-Encoding to a Vary that lacks it and keeps one that has it in any case", () => {
    expect(varyOnEncoding(undefined)).toBe("Accept-Encoding");
    expect(varyOnEncoding("rsc")).toBe("rsc, Accept-Encoding");
    expect(varyOnEncoding("rsc, accept-encoding")).toBe("rsc, accept-encoding");
  });
});
