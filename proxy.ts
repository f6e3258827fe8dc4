import { NextResponse, type NextRequest } from "next/server";
import { strayPathEdition } from "@/lib/stray-path";

const defaultEdition = process.env.DEFAULT_EDITION === "en" ? "en" : "gu";

// "/" leads to the default edition. An address outside both editions is
// answered by an edition's own 404 page (server-drawn, in its language, one
// cached copy) instead of Next's empty error shell.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/") return NextResponse.redirect(new URL(`/${defaultEdition}`, request.url), 307);
  const edition = strayPathEdition(pathname, defaultEdition);
  return edition ? NextResponse.rewrite(new URL(`/${edition}/404`, request.url)) : NextResponse.next();
}

// Only "/" and single-word first segments that no route owns reach here.
export const config = { matcher: ["/", "/((?!_next/|api/|media/|sitemaps/|admin|gu/|en/)[^.]*)"] };
