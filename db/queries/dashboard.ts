import "server-only";
import { and, between, desc, eq, gt, gte, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { db } from "../index";
import { commentStatuses } from "../schema";
import { articles, comments, users } from "../tables";

// Every query here walks an index (see tests/unit/article-editor.test.ts for the plans):
// the large benchmark database has a million comments. The pending and reported counts
// are the moderation desk's own (countQueues in ./moderation), so both always agree.

const dayMs = 86_400_000;
const istOffsetMs = 330 * 60_000;

async function count(table: SQLiteTable, where: SQL | undefined): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(table)
        .where(where)
        .limit(1)
    )[0]?.n ?? 0
  );
}

/** Articles that went live between `since` and `now` (scheduled ones count once their time has come). */
export async function countPublishedBetween(since: number, now: number): Promise<number> {
  return count(
    articles,
    and(
      inArray(articles.status, ["published", "scheduled"]),
      between(articles.publishedAt, since, now),
      isNull(articles.deletedAt),
    ),
  );
}

export async function countDrafts(): Promise<number> {
  return count(articles, and(eq(articles.status, "draft"), isNull(articles.deletedAt)));
}

/** Scheduled articles whose time has not come yet. */
export async function countScheduled(now: number): Promise<number> {
  return count(
    articles,
    and(eq(articles.status, "scheduled"), gt(articles.publishedAt, now), isNull(articles.deletedAt)),
  );
}

/** The newest comments waiting for a moderator, with their author and article. */
export async function listLatestPendingComments(limit = 5) {
  return await db
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      authorName: users.name,
      article: { edition: articles.edition, slug: articles.slug, title: articles.title },
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(and(eq(comments.status, "pending"), isNull(comments.deletedAt)))
    .orderBy(desc(comments.createdAt))
    .limit(limit);
}

/**
 * Comments posted per India-time day since `since` (a day's start), as { day, count } with
 * day = the day's start in UTC ms. Listing every status lets SQLite range-scan the
 * (status, created_at) index once per status instead of reading the whole table.
 */
export async function countCommentsPerDay(since: number): Promise<{ day: number; count: number }[]> {
  // Constants inlined: a bound JS number is a REAL to SQLite, which would make this a float division.
  const [offset, length] = [sql.raw(String(istOffsetMs)), sql.raw(String(dayMs))];
  const day = sql<number>`((${comments.createdAt} + ${offset}) / ${length}) * ${length} - ${offset}`.mapWith(Number);
  return await db
    .select({ day, count: sql<number>`count(*)`.mapWith(Number) })
    .from(comments)
    .where(and(inArray(comments.status, [...commentStatuses]), gte(comments.createdAt, since)))
    .groupBy(day);
}
