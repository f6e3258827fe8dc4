import "server-only";
import { and, asc, desc, eq, gte, ne } from "drizzle-orm";
import { db } from "../index";
import { type ArticleAutosave, articleAutosaves, articlePresence, articleRevisions, articles, users } from "../schema";
import { snapshotOf } from "./article-save";

// The editor's shared-desk state: who else has a story open, and each editor's private autosave.

/** Marks `userId` as having the story open now, and lists the others seen since `since`. */
export function touchPresence(articleId: number, userId: number, now: number, since: number) {
  return db.transaction((tx) => {
    tx.insert(articlePresence)
      .values({ articleId, userId, seenAt: now })
      .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { seenAt: now } })
      .run();
    return tx
      .select({ id: users.id, name: users.name, nameGu: users.nameGu })
      .from(articlePresence)
      .innerJoin(users, eq(users.id, articlePresence.userId))
      .where(
        and(
          eq(articlePresence.articleId, articleId),
          ne(articlePresence.userId, userId),
          gte(articlePresence.seenAt, since),
        ),
      )
      .orderBy(asc(users.name))
      .all();
  });
}

export function leavePresence(articleId: number, userId: number) {
  db.delete(articlePresence)
    .where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, userId)))
    .run();
}

export function articleExists(id: number): boolean {
  return Boolean(db.select({ id: articles.id }).from(articles).where(eq(articles.id, id)).get());
}

/** What happened to a story since `baseVersion`: the snapshot of that version, the story now, and who saved since. */
export function getChangesSince(articleId: number, baseVersion: number) {
  const current = db.select().from(articles).where(eq(articles.id, articleId)).get();
  if (!current) return null;
  const base = db
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, baseVersion)))
    .get();
  const savers = db
    .select({ name: users.name, nameGu: users.nameGu, savedAt: articleRevisions.savedAt })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .where(and(eq(articleRevisions.articleId, articleId), gte(articleRevisions.version, baseVersion)))
    .orderBy(desc(articleRevisions.savedAt))
    .all();
  return { current, now: snapshotOf(db, current), base: base?.snapshot ?? null, savers };
}

export function getAutosave(userId: number, articleId: number): ArticleAutosave | null {
  return (
    db
      .select()
      .from(articleAutosaves)
      .where(and(eq(articleAutosaves.userId, userId), eq(articleAutosaves.articleId, articleId)))
      .get() ?? null
  );
}

export function putAutosave(row: ArticleAutosave) {
  db.insert(articleAutosaves)
    .values(row)
    .onConflictDoUpdate({
      target: [articleAutosaves.userId, articleAutosaves.articleId],
      set: { values: row.values, baseVersion: row.baseVersion, savedAt: row.savedAt },
    })
    .run();
}

export function deleteAutosave(userId: number, articleId: number) {
  db.delete(articleAutosaves)
    .where(and(eq(articleAutosaves.userId, userId), eq(articleAutosaves.articleId, articleId)))
    .run();
}
