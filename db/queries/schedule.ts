import "server-only";
import { and, asc, desc, eq, gt, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { db } from "../index";
import { articles } from "../tables";
import { getLiveUntilMarks } from "./live-updates";

// Built per call: `articles` is the open engine's table (db/tables.ts), not the one there was at import.
// One status at a time: PostgreSQL answers max() over `status in (…)` by reading every listed story's
// index entry (about 200 ms on the bench's 100,000), and one ordered index step per status instead.
const listed = (status: "scheduled" | "published") => and(eq(articles.status, status), isNull(articles.deletedAt));
// Answered from the (breaking, breaking_until) index: every cached read's key asks, so it must cost nothing.
const breaking = () => and(eq(articles.breaking, true), isNull(articles.deletedAt));

/** The earliest or latest value of `column` where `where` holds: one step along its index on both engines. */
const edge = async (
  which: "earliest" | "latest",
  column: typeof articles.publishedAt | typeof articles.breakingUntil,
  where: SQL | undefined,
) =>
  (
    await db
      .select({ at: column })
      .from(articles)
      .where(and(where, isNotNull(column)))
      .orderBy(which === "earliest" ? asc(column) : desc(column))
      .limit(1)
  )[0]?.at ?? null;

/**
 * The moments reader pages change on their own (a scheduled story's time comes, a breaking flag
 * runs out, a live blog's "live until" passes): the next one still to come and the last one already passed. Null when there is none.
 */
export async function getScheduleMarks(now = Date.now()): Promise<{ next: number | null; last: number | null }> {
  const next = await Promise.all([
    edge("earliest", articles.publishedAt, and(listed("scheduled"), gt(articles.publishedAt, now))),
    edge("earliest", articles.publishedAt, and(listed("published"), gt(articles.publishedAt, now))),
    edge("earliest", articles.breakingUntil, and(breaking(), gt(articles.breakingUntil, now))),
  ]);
  const last = await Promise.all([
    edge("latest", articles.publishedAt, and(listed("scheduled"), lte(articles.publishedAt, now))),
    edge("latest", articles.publishedAt, and(listed("published"), lte(articles.publishedAt, now))),
    edge("latest", articles.breakingUntil, and(breaking(), lte(articles.breakingUntil, now))),
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
