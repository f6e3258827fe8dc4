import "server-only";
import { and, asc, desc, eq, gte, ne } from "drizzle-orm";
import { db } from "../index";
import { atomically } from "../write";
import { type ArticleAutosave } from "../schema";
import { articleAutosaves, articlePresence, articleRevisions, articles, users } from "../tables";
import { snapshotOf } from "./article-save";

// The editor's shared-desk state: who else has a story open, and each editor's private autosave.

/** Marks `userId` as having the story open now, and lists the others seen since `since`. */
export async function touchPresence(articleId: number, userId: number, now: number, since: number) {
  return atomically(async () => {
    await db
      .insert(articlePresence)
      .values({ articleId, userId, seenAt: now })
      .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { seenAt: now } });
    return await db
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
      .orderBy(asc(users.name));
  });
}

export async function leavePresence(articleId: number, userId: number) {
  await db
    .delete(articlePresence)
    .where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, userId)));
}

export async function articleExists(id: number): Promise<boolean> {
  return Boolean((await db.select({ id: articles.id }).from(articles).where(eq(articles.id, id)).limit(1))[0]);
}

/** What happened to a story since `baseVersion`: the snapshot of that version, the story now, and who saved since. */
export async function getChangesSince(articleId: number, baseVersion: number) {
  const current = (await db.select().from(articles).where(eq(articles.id, articleId)).limit(1))[0];
  if (!current) return null;
  const base = (
    await db
      .select({ snapshot: articleRevisions.snapshot })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, baseVersion)))
      .limit(1)
  )[0];
  const savers = await db
    .select({ name: users.name, nameGu: users.nameGu, savedAt: articleRevisions.savedAt })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .where(and(eq(articleRevisions.articleId, articleId), gte(articleRevisions.version, baseVersion)))
    .orderBy(desc(articleRevisions.savedAt));
  return { current, now: await snapshotOf(db, current), base: base?.snapshot ?? null, savers };
}

export async function getAutosave(userId: number, articleId: number): Promise<ArticleAutosave | null> {
  return (
    (
      await db
        .select()
        .from(articleAutosaves)
        .where(and(eq(articleAutosaves.userId, userId), eq(articleAutosaves.articleId, articleId)))
        .limit(1)
    )[0] ?? null
  );
}

export async function putAutosave(row: ArticleAutosave) {
  await db
    .insert(articleAutosaves)
    .values(row)
    .onConflictDoUpdate({
      target: [articleAutosaves.userId, articleAutosaves.articleId],
      set: { values: row.values, baseVersion: row.baseVersion, savedAt: row.savedAt },
    });
}

export async function deleteAutosave(userId: number, articleId: number) {
  await db
    .delete(articleAutosaves)
    .where(and(eq(articleAutosaves.userId, userId), eq(articleAutosaves.articleId, articleId)));
}
