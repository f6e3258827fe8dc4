import type { IncomingMessage, ServerResponse } from "node:http";

// Requests Next.js 16.4 answers with a 500 before any of our code runs (malformed
// percent-escapes: vercel/next.js#92527; `OPTIONS *`; an action body over the limit).
// They get a plain 4xx here instead.

/** Server-action bodies above this are refused (next.config.ts allows 6 MB). */
export const actionBodyLimit = 6 * 1024 * 1024;

const pages = {
  400: { en: "Bad request: this address is not valid.", gu: "ખોટી વિનંતી: આ સરનામું માન્ય નથી." },
  413: { en: "What you sent is too large.", gu: "તમે મોકલેલું લખાણ અથવા ફાઇલ ઘણી મોટી છે." },
  411: { en: "This request did not say how long it is.", gu: "આ વિનંતીમાં તેની લંબાઈ જણાવી નહોતી." },
  403: { en: "This request came from another site and was refused.", gu: "આ વિનંતી બીજી સાઇટ પરથી આવી હતી, તેથી નકારી." },
} as const;

function editionOf(url: string): "gu" | "en" {
  return url.startsWith("/en") ? "en" : "gu";
}

export function refuse(res: ServerResponse, status: keyof typeof pages, url: string) {
  const lang = editionOf(url);
  const other = lang === "en" ? "gu" : "en";
  const body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${status}</title></head><body><main><h1>${status}</h1><p>${pages[status][lang]}</p><p lang="${other}">${pages[status][other]}</p><p><a href="/${lang}">${lang === "en" ? "Home" : "મુખ્ય પાનું"}</a></p></main></body></html>`;
  // The body of a refused request is never read: close the connection rather than leave it half-read.
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(body),
    Connection: "close",
  });
  res.end(body);
}

function wellFormed(url: string): boolean {
  const path = url.split("?")[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Answers a request Next.js cannot handle gracefully; returns true when it did. */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  if (req.method === "OPTIONS" && url === "*") {
    res.writeHead(204, { Allow: "GET, HEAD, POST, OPTIONS" }).end();
    return true;
  }
  if (!url.startsWith("/") || !wellFormed(url)) {
    refuse(res, 400, url);
    return true;
  }
  if (req.method === "POST" && Number(req.headers["content-length"] ?? 0) > actionBodyLimit) {
    refuse(res, 413, url);
    return true;
  }
  const origin = req.headers.origin;
  if (req.method === "POST" && req.headers["next-action"] && origin && origin !== "null") {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {}
    const expected = req.headers["x-forwarded-host"] ?? req.headers.host;
    if (host !== expected) {
      refuse(res, 403, url);
      return true;
    }
  }
  return false;
}
