import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "../index";
import { atomically } from "../write";
import { articleCorrections, articleRevisions, articles, users } from "../tables";

// An article's history: revisions (the newsroom's undo) and corrections (shown to readers).

/** Earlier versions of an article, newest first, with who replaced each one. */
export async function listRevisions(articleId: number) {
  return await db
    .select({
      id: articleRevisions.id,
      savedAt: articleRevisions.savedAt,
      savedBy: users.name,
      snapshot: articleRevisions.snapshot,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.savedAt), desc(articleRevisions.id));
}

export type RevisionRow = Awaited<ReturnType<typeof listRevisions>>[number];

export async function countRevisions(articleId: number): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, articleId))
        .limit(1)
    )[0]?.n ?? 0
  );
}

/** One revision of one article, or null (also when the revision belongs to another article). */
export async function getRevision(articleId: number, revisionId: number) {
  return (
    (
      await db
        .select()
        .from(articleRevisions)
        .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
        .limit(1)
    )[0] ?? null
  );
}

/** Corrections of an article, oldest first, as readers see them. */
export async function listArticleCorrections(articleId: number) {
  return await db
    .select({ id: articleCorrections.id, body: articleCorrections.body, createdAt: articleCorrections.createdAt })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id));
}

export type CorrectionRow = Awaited<ReturnType<typeof listArticleCorrections>>[number];

/** Appends a correction and moves the article's "Updated" time to it. */
export async function createCorrection({
  articleId,
  body,
  createdBy,
  now = Date.now(),
}: {
  articleId: number;
  body: string;
  createdBy: number;
  now?: number;
}) {
  await atomically(async () => {
    await db.insert(articleCorrections).values({ articleId, body, createdBy, createdAt: now });
    await db.update(articles).set({ updatedAt: now }).where(eq(articles.id, articleId));
  });
}
