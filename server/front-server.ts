import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { cacheSettings, decide } from "./cache-policy";
import { securityHeadersFor } from "./content-security";
import { type CachedPage, makeEntry, PageCache } from "./page-cache";
import { isPreviewPath, routeKind } from "./public-routes";
import { checkActionBody } from "./action-body";
import { guardRequest, refuse } from "./request-guard";
import { type Generation, sharedGeneration } from "./shared-generation";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
type Fetched = { status: number; headers: Record<string, string>; raw: http.IncomingHttpHeaders; body: Buffer };

const hopByHop = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "content-length",
  "content-encoding",
]);

/** Lets newsroom and comment writes empty the front cache (app/(site)/reads/refresh.ts), in this process. */
export const purgeHook = Symbol.for("khabar-setu.page-cache");

function flatten(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || hopByHop.has(key)) continue;
    out[key] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** Asks Next (listening on loopback) for a page; a public one as an anonymous reader would. */
function fetchInner(
  innerPort: number,
  req: IncomingMessage,
  { anonymous, method, path = req.url }: { anonymous: boolean; method: "GET" | "HEAD"; path?: string },
): Promise<Fetched> {
  const headers = { ...req.headers, "accept-encoding": "identity" };
  if (anonymous) {
    delete headers.cookie;
    delete headers.authorization;
  }
  return new Promise((resolve, reject) => {
    const inner = http.request({ host: "127.0.0.1", port: innerPort, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 500,
          headers: flatten(res.headers),
          raw: res.headers,
          body: Buffer.concat(chunks),
        }),
      );
      res.on("error", reject);
    });
    inner.on("error", reject);
    inner.end();
  });
}

/**
 * A page rendered per request that calls notFound() gets a real 404 from Next 16 but an empty
 * client-drawn shell (no lang, no content without JavaScript): answer with the edition's
 * server-drawn 404 page instead (the `[...missing]` route), keeping the status.
 */
async function withEditionNotFound(innerPort: number, req: IncomingMessage, fetched: Fetched): Promise<Fetched> {
  const edition = req.url!.match(/^\/(gu|en)(?:[/?]|$)/)?.[1];
  if (fetched.status !== 404 || !edition || !fetched.body.includes('<html id="__next_error__"')) return fetched;
  const drawn = await fetchInner(innerPort, req, { anonymous: true, method: "GET", path: `/${edition}/404` });
  if (drawn.status !== 404) return fetched;
  return {
    ...drawn,
    headers: { ...drawn.headers, "cache-control": fetched.headers["cache-control"] ?? "private, no-store" },
  };
}

/** `Vary` naming Accept-Encoding once: Next already lists it when its own compression is on. */
export function varyOnEncoding(vary: string | undefined): string {
  if (!vary) return "Accept-Encoding";
  return vary.split(",").some((name) => name.trim().toLowerCase() === "accept-encoding")
    ? vary
    : `${vary}, Accept-Encoding`;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  page: Omit<CachedPage, "expiresAt">,
  state: "HIT" | "MISS" | "BYPASS",
) {
  const headers: Record<string, string | number> = { ...page.headers, etag: page.etag, "x-page-cache": state };
  if (page.gzip) headers.vary = varyOnEncoding(page.headers.vary);
  if (state === "HIT") headers.age = Math.floor((Date.now() - page.storedAt) / 1000);
  if (req.headers["if-none-match"] === page.etag && page.status === 200) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = page.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? page.gzip! : page.body;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = body.length;
  res.writeHead(page.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

const htmlSecurity = (fetched: Fetched, pathname = "") =>
  (fetched.headers["content-type"] ?? "").startsWith("text/html")
    ? securityHeadersFor(fetched.body, { framable: isPreviewPath(pathname) })
    : {};

/** Addresses that answer with an HTML page rather than a file, an asset or an API answer. */
const isPageAddress = (pathname: string) =>
  !/^\/(_next|media|api)\//.test(pathname) && !/\.[a-z0-9]{2,5}$/i.test(pathname);

/**
 * Fixes the Cache-Control of a response Next writes itself: per-user and unknown responses that
 * name no rule are never stored by anyone; a public page's client-side navigation data (RSC) gets
 * the same short shared lifetime as the page.
 */
function adjustCacheControl(res: ServerResponse, kind: "versioned" | "search" | "other") {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const headerArg = args.find((a) => a && typeof a === "object") as Record<string, unknown> | undefined;
    const key = headerArg && Object.keys(headerArg).find((k) => k.toLowerCase() === "cache-control");
    const given = String((key && headerArg[key]) ?? res.getHeader("cache-control") ?? "");
    const decision = decide(kind, 200, { "cache-control": given });
    const value = !given ? "private, no-store" : kind === "versioned" ? decision.cacheControl : null;
    if (value) {
      if (key) delete headerArg[key];
      res.setHeader("cache-control", value);
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}

/**
 * The portal's HTTP front: refuses malformed requests, serves public pages whole from memory,
 * asks Next once for a missing page however many readers want it at that moment, and hands
 * everything else (actions, admin, account, API, assets) straight to Next.
 */
export async function createFrontServer(handle: Handler, options: { generation?: Generation | null } = {}) {
  const cache = new PageCache(cacheSettings.maxBytes);
  const inflight = new Map<string, Promise<Fetched>>();
  (globalThis as Record<symbol, unknown>)[purgeHook] = { purge: () => cache.clear() };
  // With several processes (REDIS_URL), a write elsewhere bumps a shared counter: the pages kept
  // here are good only while it has not moved, and none is kept while it cannot be read.
  const generation = options.generation === undefined ? await sharedGeneration() : options.generation;
  let seen = "local";

  const inner = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => inner.listen(0, "127.0.0.1", resolve));
  const innerPort = (inner.address() as AddressInfo).port;
  // Next hands an action posted to a page that lacks it on to a page that has it, by a chunked
  // POST to its own origin. Sent to the front, that POST would be refused for want of a length
  // (411); its body was already checked when it first arrived, so it goes straight to Next.
  process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${innerPort}`;

  async function servePublic(req: IncomingMessage, res: ServerResponse, kind: "versioned" | "search") {
    const current = generation ? await generation() : "local";
    if (current !== seen && current !== null) {
      cache.clear();
      seen = current;
    }
    const key = req.url!;
    const hit = current === null ? null : cache.get(key);
    if (hit) return send(req, res, hit, "HIT");
    // A reader arriving after a write never waits on a render begun before it.
    const flight = `${current}|${key}`;
    let pending = inflight.get(flight);
    if (!pending) {
      pending = fetchInner(innerPort, req, { anonymous: true, method: "GET" })
        .then((fetched) => withEditionNotFound(innerPort, req, fetched))
        .finally(() => inflight.delete(flight));
      inflight.set(flight, pending);
    }
    const fetched = await pending;
    const decision = decide(kind, fetched.status, fetched.headers);
    const headers = { ...fetched.headers, ...htmlSecurity(fetched) };
    if (decision.cacheControl) headers["cache-control"] = decision.cacheControl;
    const entry = makeEntry(fetched.status, headers, fetched.body, decision.ttl);
    if (decision.store && current === seen) cache.set(key, entry);
    if (fetched.raw["set-cookie"] && !decision.store) {
      res.setHeader("set-cookie", fetched.raw["set-cookie"]);
      delete entry.headers["set-cookie"];
    }
    send(req, res, entry, decision.store ? "MISS" : "BYPASS");
  }

  /** A per-reader page (account, newsroom, sign-in): fetched whole so it gets its script policy, never stored. */
  async function servePrivatePage(req: IncomingMessage, res: ServerResponse) {
    const fetched = await withEditionNotFound(
      innerPort,
      req,
      await fetchInner(innerPort, req, { anonymous: false, method: req.method === "HEAD" ? "HEAD" : "GET" }),
    );
    const headers: http.OutgoingHttpHeaders = { ...fetched.headers, ...htmlSecurity(fetched, req.url!.split("?")[0]) };
    if (fetched.raw["set-cookie"]) headers["set-cookie"] = fetched.raw["set-cookie"];
    if (!headers["cache-control"]) headers["cache-control"] = "private, no-store";
    const entry = makeEntry(fetched.status, {}, fetched.body, 0);
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? entry.gzip! : fetched.body;
    if (entry.gzip) headers.vary = varyOnEncoding(fetched.headers.vary);
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = body.length;
    res.writeHead(fetched.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  const server = http.createServer((req, res) => {
    if (guardRequest(req, res)) return;
    const url = req.url!;
    const pathname = url.split("?")[0];
    const kind = routeKind(decodeURIComponent(pathname));
    const plainGet = (req.method === "GET" || req.method === "HEAD") && !req.headers.rsc && !req.headers["next-action"];
    const failed = (error: unknown) => {
      console.error("front server: could not serve", url, error);
      if (!res.headersSent)
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Bad gateway");
    };
    if (plainGet && kind !== "other") return void servePublic(req, res, kind).catch(failed);
    if (plainGet && isPageAddress(pathname)) return void servePrivatePage(req, res).catch(failed);
    adjustCacheControl(res, kind === "search" ? "other" : kind);
    void checkActionBody(req).then(
      (verdict) => (verdict === "sound" ? handle(req, res) : refuse(res, verdict === "malformed" ? 400 : 411, url)),
      failed,
    );
  });
  return { server, inner, cache };
}
