import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "../index";
import { articleCorrections, articleRevisions, articles, users } from "../schema";

// An article's history: revisions (the newsroom's undo) and corrections (shown to readers).

/** Earlier versions of an article, newest first, with who replaced each one. */
export function listRevisions(articleId: number) {
  return db
    .select({
      id: articleRevisions.id,
      savedAt: articleRevisions.savedAt,
      savedBy: users.name,
      snapshot: articleRevisions.snapshot,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.savedAt), desc(articleRevisions.id))
    .all();
}

export type RevisionRow = ReturnType<typeof listRevisions>[number];

export function countRevisions(articleId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, articleId))
      .get()?.n ?? 0
  );
}

/** One revision of one article, or null (also when the revision belongs to another article). */
export function getRevision(articleId: number, revisionId: number) {
  return (
    db
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
      .get() ?? null
  );
}

/** Corrections of an article, oldest first, as readers see them. */
export function listArticleCorrections(articleId: number) {
  return db
    .select({ id: articleCorrections.id, body: articleCorrections.body, createdAt: articleCorrections.createdAt })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id))
    .all();
}

export type CorrectionRow = ReturnType<typeof listArticleCorrections>[number];

/** Appends a correction and moves the article's "Updated" time to it. */
export function createCorrection({
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
  db.transaction((tx) => {
    tx.insert(articleCorrections).values({ articleId, body, createdBy, createdAt: now }).run();
    tx.update(articles).set({ updatedAt: now }).where(eq(articles.id, articleId)).run();
  });
}
