import "server-only";
import { and, eq, gt, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import { db, numberOrNull } from "../index";
import { articles } from "../tables";
import { getLiveUntilMarks } from "./live-updates";

// Built per call: `articles` is the open engine's table (db/tables.ts), not the one there was at import.
const listed = () => and(inArray(articles.status, ["scheduled", "published"]), isNull(articles.deletedAt));
// Answered from the (breaking, breaking_until) index: every cached read's key asks, so it must cost nothing.
const breaking = () => and(eq(articles.breaking, true), isNull(articles.deletedAt));

const pick = async (
  aggregate: "min" | "max",
  column: typeof articles.publishedAt | typeof articles.breakingUntil,
  where: SQL | undefined,
) =>
  (
    await db
      .select({ at: sql<number | null>`${sql.raw(aggregate)}(${column})`.mapWith(numberOrNull) })
      .from(articles)
      .where(where)
      .limit(1)
  )[0]?.at ?? null;

/**
 * The moments reader pages change on their own (a scheduled story's time comes, a breaking flag
 * runs out, a live blog's "live until" passes): the next one still to come and the last one already passed. Null when there is none.
 */
export async function getScheduleMarks(now = Date.now()): Promise<{ next: number | null; last: number | null }> {
  const next = await Promise.all([
    pick("min", articles.publishedAt, and(listed(), gt(articles.publishedAt, now))),
    pick("min", articles.breakingUntil, and(breaking(), gt(articles.breakingUntil, now))),
  ]);
  const last = await Promise.all([
    pick("max", articles.publishedAt, and(listed(), lte(articles.publishedAt, now))),
    pick("max", articles.breakingUntil, and(breaking(), lte(articles.breakingUntil, now))),
  ]);
  const live = await getLiveUntilMarks(now);
  next.push(live.next);
  last.push(live.last);
  const known = (times: (number | null)[]) => times.filter((t): t is number => t !== null);
  return {
    next: known(next).length ? Math.min(...known(next)) : null,
    last: known(last).length ? Math.max(...known(last)) : null,
  };
}
