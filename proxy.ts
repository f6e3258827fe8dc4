import { NextResponse, type NextRequest } from "next/server";
import { strayPathEdition } from "@/lib/stray-path";

const defaultEdition = process.env.DEFAULT_EDITION === "en" ? "en" : "gu";
const oldListing = /^\/(gu|en)\/(category|tag|author)\/[^/]+$/;

// Runs only on "/", on old-style listing addresses with `?page=` and on addresses
// outside both editions: public pages never pass through here, so nothing here
// can add a cookie to a cached page.
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname === "/") return NextResponse.redirect(new URL(`/${defaultEdition}`, request.url), 307);
  // `/fr`, `/no/such/place`: answered by an edition's own 404 page (server-drawn,
  // in its language, one cached copy) instead of Next's empty error shell.
  const stray = strayPathEdition(url.pathname, defaultEdition);
  if (stray) return NextResponse.rewrite(new URL(`/${stray}/404`, request.url));
  if (!oldListing.test(url.pathname) || !url.searchParams.has("page")) return NextResponse.next();
  // `/gu/category/gujarat?page=2` moved to `/gu/category/gujarat/page/2` for good.
  const page = url.searchParams.get("page") ?? "";
  const target = url.clone();
  target.searchParams.delete("page");
  if (page !== "1") target.pathname = `${url.pathname}/page/${encodeURIComponent(page)}`;
  return NextResponse.redirect(target, 308);
}

export const config = {
  matcher: [
    "/",
    { source: "/:lang(gu|en)/:kind(category|tag|author)/:slug", has: [{ type: "query", key: "page" }] },
    // First segments that no route owns (files have a dot and are left alone).
    "/((?!_next/|api/|media/|sitemaps/|admin|gu/|gu$|en/|en$)[^.]*)",
  ],
};
