import "server-only";
import { like, sql } from "drizzle-orm";
import { db } from "../index";
import { settings } from "../schema";

/** Every stored setting whose key starts with `prefix`, as parsed JSON values by key. */
export function listSettings(prefix: string): Record<string, unknown> {
  const rows = db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(like(settings.key, `${prefix}%`))
    .all();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** Stores several settings at once (all or none), remembering who changed them. */
export function saveSettings(values: Record<string, unknown>, userId: number, at = Date.now()): void {
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(values)) {
      tx.insert(settings)
        .values({ key, value, updatedAt: at, updatedBy: userId })
        .onConflictDoUpdate({
          target: settings.key,
          set: { value: sql`excluded.value`, updatedAt: at, updatedBy: userId },
        })
        .run();
    }
  });
}
