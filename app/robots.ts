import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// Rendered per request so SITE_URL is read when the server runs, not when it was built.
export const dynamic = "force-dynamic";

// The reader's account pages live inside each edition (/gu/sign-in, /en/account, …).
const accountPages = ["account", "sign-in", "sign-up", "forgot-password", "reset-password"];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/admin", "/account", "/api/", "/*/search", ...accountPages.map((page) => `/*/${page}`)],
    },
    sitemap: [absoluteUrl("/sitemap.xml"), absoluteUrl("/sitemaps/news.xml")],
  };
}
