import type { Edition } from "@/db/schema";

// First path segments that belong to a route of their own, not to an edition's 404.
const claimed = new Set(["gu", "en", "admin", "api", "_next", "media", "sitemaps"]);

/**
 * For an address outside both editions (`/fr`, `/no/such/place`), the edition
 * whose 404 page should answer it, guessed from the path; null when the address
 * belongs to a route (or is a file, which has a dot in its name).
 */
export function strayPathEdition(pathname: string, fallback: Edition): Edition | null {
  const first = pathname.split("/")[1] ?? "";
  if (first === "" || first.includes(".") || claimed.has(first)) return null;
  const lower = first.toLowerCase();
  if (lower.startsWith("en")) return "en";
  if (lower.startsWith("gu")) return "gu";
  return fallback;
}
