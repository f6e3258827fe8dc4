import "server-only";
import { and, desc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { changedRows, db, numberOrNull } from "../index";
import { atomically } from "../write";
import { type Edition } from "../schema";
import { articles, liveBlogs, liveUpdates } from "../tables";
import { isVisible } from "./visibility";

// A story's live blog: its coverage (live or ended) and its timestamped updates.

/** How many updates a live page and its JSON carry (newest first); older ones stay in the newsroom. */
export const liveUpdateLimit = 100;

export async function getLiveBlog(articleId: number) {
  return (await db.select().from(liveBlogs).where(eq(liveBlogs.articleId, articleId)).limit(1))[0] ?? null;
}

/** Starts coverage (or resumes it) with an optional end time; the first start time is kept. */
export async function startLiveBlog({
  articleId,
  liveUntil,
  now = Date.now(),
}: {
  articleId: number;
  liveUntil: number | null;
  now?: number;
}) {
  await db
    .insert(liveBlogs)
    .values({ articleId, startedAt: now, liveUntil, endedAt: null })
    .onConflictDoUpdate({ target: liveBlogs.articleId, set: { liveUntil, endedAt: null } });
}

/** Ends coverage now; the updates stay on the page. */
export async function endLiveBlog(articleId: number, now = Date.now()): Promise<boolean> {
  return changedRows(await db.update(liveBlogs).set({ endedAt: now }).where(eq(liveBlogs.articleId, articleId))) > 0;
}

export type LiveUpdateInput = { articleId: number; headline: string | null; body: string; bodyHtml: string };

/** Adds an update to a story that has a live blog; returns its id, or null when the story has none. */
export async function createLiveUpdate({
  createdBy,
  now = Date.now(),
  ...input
}: LiveUpdateInput & { createdBy: number; now?: number }): Promise<number | null> {
  return atomically(async () => {
    if (
      !(
        await db
          .select({ id: liveBlogs.articleId })
          .from(liveBlogs)
          .where(eq(liveBlogs.articleId, input.articleId))
          .limit(1)
      )[0]
    )
      return null;
    // .all(): better-sqlite3's .get() on INSERT … RETURNING can report a row whose commit failed.
    return (
      await db
        .insert(liveUpdates)
        .values({ ...input, createdBy, createdAt: now })
        .returning({ id: liveUpdates.id })
    )[0].id;
  });
}

/** One update, only if it belongs to `articleId` (an update id sent with another story's id finds nothing). */
export async function getLiveUpdate(articleId: number, id: number) {
  return (
    (
      await db
        .select()
        .from(liveUpdates)
        .where(and(eq(liveUpdates.id, id), eq(liveUpdates.articleId, articleId)))
        .limit(1)
    )[0] ?? null
  );
}

export async function updateLiveUpdate({
  id,
  articleId,
  headline,
  body,
  bodyHtml,
  now = Date.now(),
}: LiveUpdateInput & { id: number; now?: number }): Promise<boolean> {
  return (
    changedRows(
      await db
        .update(liveUpdates)
        .set({ headline, body, bodyHtml, editedAt: now })
        .where(and(eq(liveUpdates.id, id), eq(liveUpdates.articleId, articleId))),
    ) > 0
  );
}

export async function deleteLiveUpdate(articleId: number, id: number): Promise<boolean> {
  return (
    changedRows(await db.delete(liveUpdates).where(and(eq(liveUpdates.id, id), eq(liveUpdates.articleId, articleId)))) >
    0
  );
}

/** Pins one update of the story (null unpins); false when the update is not the story's. */
export async function setPinnedUpdate(articleId: number, updateId: number | null): Promise<boolean> {
  if (updateId !== null && !(await getLiveUpdate(articleId, updateId))) return false;
  return (
    changedRows(
      await db.update(liveBlogs).set({ pinnedUpdateId: updateId }).where(eq(liveBlogs.articleId, articleId)),
    ) > 0
  );
}

/** Every update of a story for the desk, newest first, with its Markdown. */
export async function listDeskLiveUpdates(articleId: number) {
  return await db.select().from(liveUpdates).where(eq(liveUpdates.articleId, articleId)).orderBy(desc(liveUpdates.id));
}

const publicColumns = () => ({
  id: liveUpdates.id,
  headline: liveUpdates.headline,
  html: liveUpdates.bodyHtml,
  at: liveUpdates.createdAt,
  editedAt: liveUpdates.editedAt,
});
export type PublicLiveUpdate = {
  id: number;
  headline: string | null;
  html: string;
  at: number;
  editedAt: number | null;
};

/**
 * A published story's live blog as readers get it, or null when the story is not published or has
 * no live blog: its coverage, the newest updates (newest first) and the pinned one.
 */
export async function getPublishedLiveBlog(lang: Edition, slug: string, now = Date.now()) {
  const row = (
    await db
      .select({
        articleId: liveBlogs.articleId,
        startedAt: liveBlogs.startedAt,
        liveUntil: liveBlogs.liveUntil,
        endedAt: liveBlogs.endedAt,
        pinnedUpdateId: liveBlogs.pinnedUpdateId,
      })
      .from(liveBlogs)
      .innerJoin(articles, eq(articles.id, liveBlogs.articleId))
      .where(and(eq(articles.edition, lang), eq(articles.slug, slug), isVisible(now)))
      .limit(1)
  )[0];
  if (!row) return null;
  const updates: PublicLiveUpdate[] = await db
    .select(publicColumns())
    .from(liveUpdates)
    .where(eq(liveUpdates.articleId, row.articleId))
    .orderBy(desc(liveUpdates.id))
    .limit(liveUpdateLimit);
  const pinned =
    row.pinnedUpdateId === null
      ? null
      : (updates.find((u) => u.id === row.pinnedUpdateId) ??
        (
          await db.select(publicColumns()).from(liveUpdates).where(eq(liveUpdates.id, row.pinnedUpdateId)).limit(1)
        )[0] ??
        null);
  return { ...row, updates, pinned };
}

/** The edition's stories that are live right now, for a "LIVE" label on their cards. */
export async function listLiveArticleIds(lang: Edition, now = Date.now()): Promise<number[]> {
  return (
    await db
      .select({ id: liveBlogs.articleId })
      .from(liveBlogs)
      .innerJoin(articles, eq(articles.id, liveBlogs.articleId))
      .where(
        and(
          eq(articles.edition, lang),
          isNull(liveBlogs.endedAt),
          or(isNull(liveBlogs.liveUntil), gt(liveBlogs.liveUntil, now)),
        ),
      )
  ).map((row) => row.id);
}

/** The next and last "live until" moments, so cached pages drop their "LIVE" label on time. */
export async function getLiveUntilMarks(now = Date.now()): Promise<{ next: number | null; last: number | null }> {
  const pick = async (aggregate: "min" | "max", condition: ReturnType<typeof gt>) =>
    (
      await db
        .select({ at: sql<number | null>`${sql.raw(aggregate)}(${liveBlogs.liveUntil})`.mapWith(numberOrNull) })
        .from(liveBlogs)
        .where(and(isNull(liveBlogs.endedAt), condition))
        .limit(1)
    )[0]?.at ?? null;
  return {
    next: await pick("min", gt(liveBlogs.liveUntil, now)),
    last: await pick("max", lte(liveBlogs.liveUntil, now)),
  };
}
