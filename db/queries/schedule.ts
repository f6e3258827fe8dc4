import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { db } from "../index";
import { articles, editions } from "../schema";

/**
 * The next moment a reader page changes on its own: a scheduled story's time comes, or a
 * breaking flag runs out. Null when nothing is pending.
 */
export function getNextScheduledChange(now = Date.now()): number | null {
  const published = db
    .select({ at: sql<number | null>`min(${articles.publishedAt})` })
    .from(articles)
    .where(and(inArray(articles.status, ["scheduled", "published"]), isNull(articles.deletedAt), gt(articles.publishedAt, now)))
    .get()?.at ?? null;
  const breaking = db
    .select({ at: sql<number | null>`min(${articles.breakingUntil})` })
    .from(articles)
    // Naming both editions lets SQLite use the (edition, breaking, …) index.
    .where(and(inArray(articles.edition, [...editions]), eq(articles.breaking, true), isNull(articles.deletedAt), gt(articles.breakingUntil, now)))
    .get()?.at ?? null;
  const times = [published, breaking].filter((t): t is number => t !== null);
  return times.length ? Math.min(...times) : null;
}
