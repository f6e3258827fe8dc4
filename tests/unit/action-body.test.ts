import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkActionBody } from "@/server/action-body";

// A stand-in for Next behind the check: it reads the body the three ways a handler can.
let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const verdict = await checkActionBody(req);
    if (verdict !== "sound") return void res.writeHead(verdict === "malformed" ? 400 : 411).end("refused");
    const how = req.headers["x-read"];
    let body = "";
    if (how === "iterate") for await (const chunk of req) body += chunk;
    else if (how === "pipe") {
      const sink = new (await import("node:stream")).PassThrough();
      req.pipe(sink);
      for await (const chunk of sink) body += chunk;
    } else {
      await new Promise<void>((resolve) => req.on("data", (chunk) => (body += chunk)).on("end", () => resolve()));
    }
    res.end(`read:${body}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/en/article/x`, {
    method: "POST",
    headers: { "Next-Action": "abc", "Content-Type": "text/plain;charset=UTF-8", ...headers },
    body,
  });

describe("an action's argument text is checked before Next reads it", () => {
  it("refuses text that is not JSON with a 400", async () => {
    for (const body of ["{{{not json", "[1,2", "\u0000"]) expect((await post(body)).status).toBe(400);
  });

  it("hands well-formed JSON on untouched, however the handler reads it", async () => {
    const big = JSON.stringify(["x".repeat(300_000), { deep: [1, 2, 3] }, "ગુજરાતી"]);
    for (const read of ["data", "iterate", "pipe"]) {
      for (const body of ['[{}, "$K1"]', big]) {
        const res = await post(body, { "X-Read": read });
        expect(res.status).toBe(200);
        expect(await res.text()).toBe(`read:${body}`);
      }
    }
  });

  it("refuses references to parts that are not there, opaque client values and streams", async () => {
    for (const body of [
      '["$Q1"]',
      '["$F1"]',
      '["$B1"]',
      '"$T"',
      '["$1:a"]',
      '["$@1"]',
      '["$Z"]',
      `["$n${"9".repeat(400)}"]`,
    ])
      expect((await post(body)).status, body).toBe(400);
    for (const body of ['[{"a":"$$dollar"},"$K1"]', '["$undefined","$D2026-11-30T00:00:00.000Z","$n12","$-0","$NaN"]'])
      expect((await post(body)).status, body).toBe(200);
  });

  it("checks each JSON part of a multipart call and hands the bytes on untouched", async () => {
    const call = async (parts: [string, string | Blob][]) => {
      const form = new FormData();
      for (const [name, value] of parts) form.append(name, value);
      const res = await fetch(`${base}/x`, { method: "POST", headers: { "Next-Action": "abc" }, body: form });
      return { status: res.status, text: await res.text() };
    };
    expect((await call([["0", '["$Q1"]']])).status).toBe(400);
    expect((await call([["0", "{{{"]])).status).toBe(400);
    expect((await call([["1", "{}"]])).status).toBe(400);
    expect(
      (
        await call([
          ["0", '["$1"]'],
          ["1", "{{"],
        ])
      ).status,
    ).toBe(400);
    const sound = await call([
      ["_1_title", "ગુજરાતી"],
      ["_1_image", new Blob([new Uint8Array(2048)], { type: "image/png" })],
      ["0", '[{"values":"$0:0"},"$K1"]'],
    ]);
    expect(sound.status).toBe(200);
    expect(sound.text).toContain("ગુજરાતી");
  });

  it("asks for a length when an action body comes without one", async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}/x`, {
        method: "POST",
        headers: { "Next-Action": "abc", "Content-Type": "text/plain", "Transfer-Encoding": "chunked" },
      });
      req.on("response", (r) => resolve(r.statusCode ?? 0)).on("error", reject);
      req.end("{{{");
    });
    expect(res).toBe(411);
  });

  it("leaves no-JavaScript form posts and plain posts alone", async () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("title", "not json at all");
    expect((await fetch(`${base}/x`, { method: "POST", body: form })).status).toBe(200);
    expect(
      (await fetch(`${base}/x`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{{{" })).status,
    ).toBe(200);
  });
});
