import "server-only";
import { like, sql } from "drizzle-orm";
import { db } from "../index";
import { atomically } from "../write";
import { settings } from "../tables";

/** Every stored setting whose key starts with `prefix`, as parsed JSON values by key. */
export async function listSettings(prefix: string): Promise<Record<string, unknown>> {
  const rows = await db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(like(settings.key, `${prefix}%`));
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** Stores several settings at once (all or none), remembering who changed them. */
export async function saveSettings(values: Record<string, unknown>, userId: number, at = Date.now()): Promise<void> {
  await atomically(async () => {
    for (const [key, value] of Object.entries(values)) {
      await db
        .insert(settings)
        .values({ key, value, updatedAt: at, updatedBy: userId })
        .onConflictDoUpdate({
          target: settings.key,
          set: { value: sql`excluded.value`, updatedAt: at, updatedBy: userId },
        });
    }
  });
}
