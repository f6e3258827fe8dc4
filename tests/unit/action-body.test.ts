import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionBodyIsWellFormed } from "@/server/action-body";

// A stand-in for Next behind the check: it reads the body the three ways a handler can.
let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    if (!(await actionBodyIsWellFormed(req))) return void res.writeHead(400).end("refused");
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

  it("leaves forms, plain posts and bodies without a length alone", async () => {
    const form = new FormData();
    form.append("0", "not json at all");
    expect((await fetch(`${base}/x`, { method: "POST", headers: { "Next-Action": "abc" }, body: form })).status).toBe(
      200,
    );
    expect(
      (await fetch(`${base}/x`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{{{" })).status,
    ).toBe(200);
  });
});
