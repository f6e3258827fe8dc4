import { NextResponse, type NextRequest } from "next/server";

const defaultEdition = process.env.DEFAULT_EDITION === "en" ? "en" : "gu";

// Only "/" passes through here: it leads to the default edition.
export function proxy(request: NextRequest) {
  return NextResponse.redirect(new URL(`/${defaultEdition}`, request.url), 307);
}

export const config = { matcher: "/" };
