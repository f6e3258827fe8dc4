import { NextResponse, type NextRequest } from "next/server";

const defaultEdition = process.env.DEFAULT_EDITION === "en" ? "en" : "gu";

// Runs only on "/" and on old-style listing addresses with `?page=`: public pages never pass
// through here, so nothing here can add a cookie to a cached page.
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  if (url.pathname === "/") return NextResponse.redirect(new URL(`/${defaultEdition}`, request.url), 307);
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
  ],
};
