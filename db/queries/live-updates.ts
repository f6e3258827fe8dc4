import "server-only";
import { and, desc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { db } from "../index";
import { articles, type Edition, liveBlogs, liveUpdates } from "../schema";
import { isVisible } from "./visibility";

// A story's live blog: its coverage (live or ended) and its timestamped updates.

/** How many updates a live page and its JSON carry (newest first); older ones stay in the newsroom. */
export const liveUpdateLimit = 100;

export function getLiveBlog(articleId: number) {
  return db.select().from(liveBlogs).where(eq(liveBlogs.articleId, articleId)).get() ?? null;
}

/** Starts coverage (or resumes it) with an optional end time; the first start time is kept. */
export function startLiveBlog({
  articleId,
  liveUntil,
  now = Date.now(),
}: {
  articleId: number;
  liveUntil: number | null;
  now?: number;
}) {
  db.insert(liveBlogs)
    .values({ articleId, startedAt: now, liveUntil, endedAt: null })
    .onConflictDoUpdate({ target: liveBlogs.articleId, set: { liveUntil, endedAt: null } })
    .run();
}

/** Ends coverage now; the updates stay on the page. */
export function endLiveBlog(articleId: number, now = Date.now()): boolean {
  return db.update(liveBlogs).set({ endedAt: now }).where(eq(liveBlogs.articleId, articleId)).run().changes > 0;
}

export type LiveUpdateInput = { articleId: number; headline: string | null; body: string; bodyHtml: string };

/** Adds an update to a story that has a live blog; returns its id, or null when the story has none. */
export function createLiveUpdate({
  createdBy,
  now = Date.now(),
  ...input
}: LiveUpdateInput & { createdBy: number; now?: number }): number | null {
  return db.transaction((tx) => {
    if (!tx.select({ id: liveBlogs.articleId }).from(liveBlogs).where(eq(liveBlogs.articleId, input.articleId)).get())
      return null;
    // .all(): better-sqlite3's .get() on INSERT … RETURNING can report a row whose commit failed.
    return tx
      .insert(liveUpdates)
      .values({ ...input, createdBy, createdAt: now })
      .returning({ id: liveUpdates.id })
      .all()[0].id;
  });
}

/** One update, only if it belongs to `articleId` (an update id sent with another story's id finds nothing). */
export function getLiveUpdate(articleId: number, id: number) {
  return (
    db
      .select()
      .from(liveUpdates)
      .where(and(eq(liveUpdates.id, id), eq(liveUpdates.articleId, articleId)))
      .get() ?? null
  );
}

export function updateLiveUpdate({
  id,
  articleId,
  headline,
  body,
  bodyHtml,
  now = Date.now(),
}: LiveUpdateInput & { id: number; now?: number }): boolean {
  return (
    db
      .update(liveUpdates)
      .set({ headline, body, bodyHtml, editedAt: now })
      .where(and(eq(liveUpdates.id, id), eq(liveUpdates.articleId, articleId)))
      .run().changes > 0
  );
}

export function deleteLiveUpdate(articleId: number, id: number): boolean {
  return (
    db
      .delete(liveUpdates)
      .where(and(eq(liveUpdates.id, id), eq(liveUpdates.articleId, articleId)))
      .run().changes > 0
  );
}

/** Pins one update of the story (null unpins); false when the update is not the story's. */
export function setPinnedUpdate(articleId: number, updateId: number | null): boolean {
  if (updateId !== null && !getLiveUpdate(articleId, updateId)) return false;
  return (
    db.update(liveBlogs).set({ pinnedUpdateId: updateId }).where(eq(liveBlogs.articleId, articleId)).run().changes > 0
  );
}

/** Every update of a story for the desk, newest first, with its Markdown. */
export function listDeskLiveUpdates(articleId: number) {
  return db.select().from(liveUpdates).where(eq(liveUpdates.articleId, articleId)).orderBy(desc(liveUpdates.id)).all();
}

const publicColumns = {
  id: liveUpdates.id,
  headline: liveUpdates.headline,
  html: liveUpdates.bodyHtml,
  at: liveUpdates.createdAt,
  editedAt: liveUpdates.editedAt,
};
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
export function getPublishedLiveBlog(lang: Edition, slug: string, now = Date.now()) {
  const row = db
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
    .get();
  if (!row) return null;
  const updates: PublicLiveUpdate[] = db
    .select(publicColumns)
    .from(liveUpdates)
    .where(eq(liveUpdates.articleId, row.articleId))
    .orderBy(desc(liveUpdates.id))
    .limit(liveUpdateLimit)
    .all();
  const pinned =
    row.pinnedUpdateId === null
      ? null
      : (updates.find((u) => u.id === row.pinnedUpdateId) ??
        db.select(publicColumns).from(liveUpdates).where(eq(liveUpdates.id, row.pinnedUpdateId)).get() ??
        null);
  return { ...row, updates, pinned };
}

/** The edition's stories that are live right now, for a "LIVE" label on their cards. */
export function listLiveArticleIds(lang: Edition, now = Date.now()): number[] {
  return db
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
    .all()
    .map((row) => row.id);
}

/** The next and last "live until" moments, so cached pages drop their "LIVE" label on time. */
export function getLiveUntilMarks(now = Date.now()): { next: number | null; last: number | null } {
  const pick = (aggregate: "min" | "max", condition: ReturnType<typeof gt>) =>
    db
      .select({ at: sql<number | null>`${sql.raw(aggregate)}(${liveBlogs.liveUntil})` })
      .from(liveBlogs)
      .where(and(isNull(liveBlogs.endedAt), condition))
      .get()?.at ?? null;
  return { next: pick("min", gt(liveBlogs.liveUntil, now)), last: pick("max", lte(liveBlogs.liveUntil, now)) };
}
