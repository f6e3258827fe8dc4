import crypto from "node:crypto";

// A script policy without 'unsafe-inline' and without per-request nonces (a nonce cannot live
// in a page that one cache hands to everybody): every inline script of the page is allowed by its
// SHA-256, computed once when the front server first sees the page.
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function scriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(inlineScript)) {
    if (match[1].length === 0) continue;
    hashes.add(`'sha256-${crypto.createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

const https = (process.env.SITE_URL ?? "").startsWith("https://");

/** `frameAncestors`: 'none' everywhere but the preview links, which the newsroom shows in a frame. */
export function contentSecurityPolicy(hashes: string[], frameAncestors = "'none'"): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    // Tailwind is one stylesheet; React and next/image write a few style attributes.
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The policy for an HTML body, and HSTS where the site is served over https. */
export function securityHeadersFor(html: Buffer, { framable = false } = {}): Record<string, string> {
  const policy = contentSecurityPolicy(scriptHashes(html.toString("utf8")), framable ? "'self'" : "'none'");
  const headers: Record<string, string> = { "content-security-policy": policy };
  if (https) headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
