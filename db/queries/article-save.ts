import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "../index";
import { atomically } from "../write";
import { type Article, type ArticleSnapshot, type Edition, snapshotFields } from "../schema";
import { articleRevisions, articles, articleTags, tags } from "../tables";

// Saving a story: the previous version kept as a revision, its tags and both sides of its translation link, in one transaction.

/** A tag as an article names it; the slug (lib/slug.ts) is made by the caller. */
export type TagLabel = { name: string; slug: string };

type Tx = typeof db;

/** An article's tags as they are stored, by name. */
export async function tagLabelsOf(tx: Tx | typeof db, articleId: number): Promise<TagLabel[]> {
  return await tx
    .select({ name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name));
}

export async function snapshotOf(tx: Tx | typeof db, article: Article): Promise<ArticleSnapshot> {
  const fields = Object.fromEntries(snapshotFields.map((field) => [field, article[field]]));
  return {
    ...(fields as Pick<Article, (typeof snapshotFields)[number]>),
    tags: (await tagLabelsOf(tx, article.id)).map((t) => t.name),
  };
}

/** The tag of an edition with this name (or, failing that, this slug), created if there is none. */
async function tagIdFor(tx: Tx, edition: Edition, { name, slug }: TagLabel): Promise<number> {
  const byName = (
    await tx
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(tags.edition, edition), sql`lower(${tags.name}) = lower(${name})`))
      .limit(1)
  )[0];
  if (byName) return byName.id;
  const bySlug = (
    await tx
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(tags.edition, edition), eq(tags.slug, slug)))
      .limit(1)
  )[0];
  if (bySlug) return bySlug.id;
  return (await tx.insert(tags).values({ edition, slug, name }).returning({ id: tags.id }))[0].id;
}

/** Points the two articles at each other, unlinking whatever either pointed at before. */
async function linkTranslation(tx: Tx, id: number, previous: number | null, next: number | null) {
  if (previous && previous !== next)
    await tx
      .update(articles)
      .set({ translationId: null })
      .where(and(eq(articles.id, previous), eq(articles.translationId, id)));
  if (!next) return;
  const partner = (
    await tx.select({ translationId: articles.translationId }).from(articles).where(eq(articles.id, next)).limit(1)
  )[0];
  if (partner?.translationId && partner.translationId !== id) {
    await tx.update(articles).set({ translationId: null }).where(eq(articles.id, partner.translationId));
  }
  await tx.update(articles).set({ translationId: id }).where(eq(articles.id, next));
}

export type ArticleWrite = Omit<ArticleSnapshot, "tags"> & { tags: TagLabel[]; updatedAt: number };
/** `baseVersion`: the version the editor started from; a save over any other version is refused ("stale"). */
type SaveOptions = { id?: number; editorId: number; now?: number; baseVersion?: number };

/**
 * Creates an article, or updates one after keeping its previous version as a revision;
 * tags and both sides of the translation link are written in the same transaction.
 */
export function saveArticleRecord(
  write: ArticleWrite,
  options: SaveOptions & { baseVersion?: undefined },
): Promise<number>;
export function saveArticleRecord(write: ArticleWrite, options: SaveOptions): Promise<number | "stale">;
export async function saveArticleRecord(
  write: ArticleWrite,
  { id, editorId, now = Date.now(), baseVersion }: SaveOptions,
): Promise<number | "stale"> {
  const { tags: tagNames, ...values } = write;
  return atomically(async () => {
    let articleId: number;
    let previousTranslation: number | null = null;
    if (id) {
      const current = (await db.select().from(articles).where(eq(articles.id, id)).limit(1))[0];
      if (!current) throw new Error(`article ${id} does not exist`);
      // Checked inside the write transaction, so two saves from the same version cannot both pass.
      if (baseVersion !== undefined && current.version !== baseVersion) return "stale";
      previousTranslation = current.translationId;
      await db.insert(articleRevisions).values({
        articleId: id,
        savedBy: editorId,
        savedAt: now,
        snapshot: await snapshotOf(db, current),
        version: current.version,
      });
      await db
        .update(articles)
        .set({ ...values, version: current.version + 1 })
        .where(eq(articles.id, id));
      articleId = id;
    } else {
      articleId = (
        await db
          .insert(articles)
          .values({ ...values, createdAt: now })
          .returning({ id: articles.id })
      )[0].id;
    }
    await db.delete(articleTags).where(eq(articleTags.articleId, articleId));
    const tagIds = new Set<number>();
    for (const tag of tagNames) tagIds.add(await tagIdFor(db, values.edition, tag));
    for (const tagId of tagIds) await db.insert(articleTags).values({ articleId, tagId });
    await linkTranslation(db, articleId, previousTranslation, values.translationId);
    return articleId;
  });
}

/** Hides an article from readers (deletedAt set) or brings it back (null). */
export async function setArticleDeleted(id: number, deletedAt: number | null) {
  await db.update(articles).set({ deletedAt }).where(eq(articles.id, id));
}
