// Characters XML 1.0 forbids even when escaped: most C0 controls, lone surrogates, U+FFFE/U+FFFF.
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A carriage return is written as a reference: an XML parser turns a literal one into a line feed.
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
};

/** Text that XML 1.0 can carry: forbidden characters dropped, nothing escaped. */
export function xmlSafeText(value: string): string {
  return value.replace(forbidden, "");
}

/** Text or an attribute value escaped for XML. */
export function escapeXml(value: string | number): string {
  return xmlSafeText(String(value)).replace(/[&<>"'\r]/g, (c) => entities[c]);
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>';

/** A complete XML document response with the given media type. */
export function xmlResponse(body: string, contentType: string, cacheControl: string): Response {
  return new Response(body, {
    headers: { "Content-Type": `${contentType}; charset=utf-8`, "Cache-Control": cacheControl },
  });
}

/** Feeds are page-cached routes: Next.js adds their shared-cache lifetime (s-maxage). */
export const rssResponse = (body: string) =>
  new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });

export const xmlNotFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
