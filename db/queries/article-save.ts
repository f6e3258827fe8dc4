import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "../index";
import {
  type Article,
  articleRevisions,
  articles,
  articleTags,
  type ArticleSnapshot,
  type Edition,
  tags,
} from "../schema";

// Saving a story: the previous version kept as a revision, its tags and both sides of its translation link, in one transaction.

/** A tag as an article names it; the slug (lib/slug.ts) is made by the caller. */
export type TagLabel = { name: string; slug: string };

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** An article's tags as they are stored, by name. */
export function tagLabelsOf(tx: Tx | typeof db, articleId: number): TagLabel[] {
  return tx
    .select({ name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all();
}

export function snapshotOf(tx: Tx | typeof db, article: Article): ArticleSnapshot {
  const {
    edition,
    slug,
    title,
    dek,
    body,
    imagePath,
    imageAlt,
    imageCaption,
    imageWidth,
    imageHeight,
    categoryId,
    authorId,
    status,
    publishedAt,
    breaking,
    breakingUntil,
    featured,
    commentsOpen,
    translationId,
  } = article;
  return {
    edition,
    slug,
    title,
    dek,
    body,
    imagePath,
    imageAlt,
    imageCaption,
    imageWidth,
    imageHeight,
    categoryId,
    authorId,
    status,
    publishedAt,
    breaking,
    breakingUntil,
    featured,
    commentsOpen,
    translationId,
    tags: tagLabelsOf(tx, article.id).map((t) => t.name),
  };
}

/** The tag of an edition with this name (or, failing that, this slug), created if there is none. */
function tagIdFor(tx: Tx, edition: Edition, { name, slug }: TagLabel): number {
  const byName = tx
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.edition, edition), sql`lower(${tags.name}) = lower(${name})`))
    .get();
  if (byName) return byName.id;
  const bySlug = tx
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.edition, edition), eq(tags.slug, slug)))
    .get();
  if (bySlug) return bySlug.id;
  return tx.insert(tags).values({ edition, slug, name }).returning({ id: tags.id }).get().id;
}

/** Points the two articles at each other, unlinking whatever either pointed at before. */
function linkTranslation(tx: Tx, id: number, previous: number | null, next: number | null) {
  if (previous && previous !== next)
    tx.update(articles)
      .set({ translationId: null })
      .where(and(eq(articles.id, previous), eq(articles.translationId, id)))
      .run();
  if (!next) return;
  const partner = tx
    .select({ translationId: articles.translationId })
    .from(articles)
    .where(eq(articles.id, next))
    .get();
  if (partner?.translationId && partner.translationId !== id) {
    tx.update(articles).set({ translationId: null }).where(eq(articles.id, partner.translationId)).run();
  }
  tx.update(articles).set({ translationId: id }).where(eq(articles.id, next)).run();
}

export type ArticleWrite = Omit<ArticleSnapshot, "tags"> & { tags: TagLabel[]; updatedAt: number };
/** `baseVersion`: the version the editor started from; a save over any other version is refused ("stale"). */
type SaveOptions = { id?: number; editorId: number; now?: number; baseVersion?: number };

/**
 * Creates an article, or updates one after keeping its previous version as a revision;
 * tags and both sides of the translation link are written in the same transaction.
 */
export function saveArticleRecord(write: ArticleWrite, options: SaveOptions & { baseVersion?: undefined }): number;
export function saveArticleRecord(write: ArticleWrite, options: SaveOptions): number | "stale";
export function saveArticleRecord(
  write: ArticleWrite,
  { id, editorId, now = Date.now(), baseVersion }: SaveOptions,
): number | "stale" {
  const { tags: tagNames, ...values } = write;
  return db.transaction((tx) => {
    let articleId: number;
    let previousTranslation: number | null = null;
    if (id) {
      const current = tx.select().from(articles).where(eq(articles.id, id)).get();
      if (!current) throw new Error(`article ${id} does not exist`);
      // Checked inside the write transaction, so two saves from the same version cannot both pass.
      if (baseVersion !== undefined && current.version !== baseVersion) return "stale";
      previousTranslation = current.translationId;
      tx.insert(articleRevisions)
        .values({
          articleId: id,
          savedBy: editorId,
          savedAt: now,
          snapshot: snapshotOf(tx, current),
          version: current.version,
        })
        .run();
      tx.update(articles)
        .set({ ...values, version: current.version + 1 })
        .where(eq(articles.id, id))
        .run();
      articleId = id;
    } else {
      articleId = tx
        .insert(articles)
        .values({ ...values, createdAt: now })
        .returning({ id: articles.id })
        .get().id;
    }
    tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
    const tagIds = new Set(tagNames.map((tag) => tagIdFor(tx, values.edition, tag)));
    for (const tagId of tagIds) tx.insert(articleTags).values({ articleId, tagId }).run();
    linkTranslation(tx, articleId, previousTranslation, values.translationId);
    return articleId;
  });
}

/** Hides an article from readers (deletedAt set) or brings it back (null). */
export function setArticleDeleted(id: number, deletedAt: number | null) {
  db.update(articles).set({ deletedAt }).where(eq(articles.id, id)).run();
}
