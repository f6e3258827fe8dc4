import "server-only";
import { permanentBan } from "@/db/queries/people";
import type { Edition } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";

/** "Active", "Suspended until 5 December 2026, 10:00" or "Banned". */
export function personState(
  bannedUntil: number | null,
  lang: Edition,
  t: Dictionary["moderation"]["people"],
  now = Date.now(),
): string {
  if (bannedUntil === null || bannedUntil <= now) return t.active;
  return bannedUntil >= permanentBan ? t.banned : fill(t.suspendedUntil, { date: formatDateTime(bannedUntil, lang) });
}

export function peopleHref({ q, role, page }: { q?: string; role?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (role) params.set("role", role);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/admin/people${query ? `?${query}` : ""}`;
}
