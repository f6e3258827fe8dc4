import crypto from "node:crypto";
import zlib from "node:zlib";

/** One stored response: the body as sent and, once, gzipped. */
export type CachedPage = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  storedAt: number;
  expiresAt: number;
};

const compressible = /^(text\/|application\/(rss\+)?xml|application\/json|application\/xml)/;

// Behind nginx (COMPRESS=false) nginx compresses; the front then keeps only the plain body.
const compress = process.env.COMPRESS !== "false";

export function makeEntry(
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  ttlSeconds: number,
  now = Date.now(),
): CachedPage {
  const type = headers["content-type"] ?? "";
  const gzip = compress && compressible.test(type) && body.length > 1024 ? zlib.gzipSync(body, { level: 6 }) : null;
  const etag = `"${crypto.createHash("sha1").update(body).digest("base64url")}"`;
  return { status, headers, body, gzip, etag, storedAt: now, expiresAt: now + ttlSeconds * 1000 };
}

/**
 * Whole public responses by URL, least recently used first out, bounded in bytes so
 * junk query strings cannot grow it. Every newsroom or comment write empties it
 * (see app/(site)/reads/refresh.ts): Next's own page cache still holds every untouched page,
 * so refilling costs one cache hit per page.
 */
export class PageCache {
  private entries = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, now = Date.now()): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= now) {
      this.delete(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedPage) {
    this.delete(key);
    const size = entry.body.length + (entry.gzip?.length ?? 0);
    if (size > this.maxBytes / 4) return;
    this.entries.set(key, entry);
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length + (entry.gzip?.length ?? 0);
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  get size() {
    return this.entries.size;
  }
}
