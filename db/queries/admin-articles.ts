import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, gt, ne, type SQL, sql } from "drizzle-orm";
import { db } from "../index";
import {
  type Article,
  articleRevisions,
  articles,
  articleTags,
  type ArticleSnapshot,
  categories,
  type Edition,
  tags,
  users,
} from "../schema";

export const articleStates = ["draft", "scheduled", "published", "deleted"] as const;
export type ArticleState = (typeof articleStates)[number];
/**
 * `changedFrom`/`changedTo`: India-time days ("2026-11-30"), both included; read with the day bounds in `changedRange`.
 * `q`: the words typed, shown back in the form; read as `match`, the FTS5 expression the caller builds from them.
 */
export type AdminArticleFilters = {
  state?: ArticleState;
  edition?: Edition;
  categoryId?: number;
  authorId?: number;
  q?: string;
  match?: string;
  changedFrom?: string;
  changedTo?: string;
  changedRange?: { from?: number; to?: number };
};

/** Where an article stands for the newsroom: deleted, draft, waiting for its time, or in front of readers. */
const stateOf = (now: number) =>
  sql<ArticleState>`case when ${articles.deletedAt} is not null then 'deleted' when ${articles.status} = 'draft' then 'draft'
    when ${articles.publishedAt} > ${now} then 'scheduled' else 'published' end`;

function stateWhere(state: ArticleState | undefined, now: number): SQL | undefined {
  if (state === "deleted") return isNotNull(articles.deletedAt);
  const live = isNull(articles.deletedAt);
  if (state === "draft") return and(live, eq(articles.status, "draft"));
  if (state === "scheduled") return and(live, ne(articles.status, "draft"), gt(articles.publishedAt, now));
  if (state === "published") return and(live, ne(articles.status, "draft"), lte(articles.publishedAt, now));
  return live;
}

function filtersWhere(filters: AdminArticleFilters, now: number): SQL | undefined {
  // Through the full-text index (headline, summary, text, tags), not a LIKE scan of every headline.
  const { match } = filters;
  return and(
    stateWhere(filters.state, now),
    filters.edition ? eq(articles.edition, filters.edition) : undefined,
    filters.categoryId ? eq(articles.categoryId, filters.categoryId) : undefined,
    filters.authorId ? eq(articles.authorId, filters.authorId) : undefined,
    filters.changedRange?.from !== undefined ? gte(articles.updatedAt, filters.changedRange.from) : undefined,
    filters.changedRange?.to !== undefined ? lt(articles.updatedAt, filters.changedRange.to) : undefined,
    match ? sql`${articles.id} in (select rowid from articles_fts where articles_fts match ${match})` : undefined,
  );
}

/** The newsroom's list: newest change first, any status. */
export function listAdminArticles(
  filters: AdminArticleFilters,
  { limit, offset }: { limit: number; offset: number },
  now = Date.now(),
) {
  return db
    .select({
      id: articles.id,
      edition: articles.edition,
      slug: articles.slug,
      title: articles.title,
      state: stateOf(now),
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      section: { nameEn: categories.nameEn, nameGu: categories.nameGu },
      author: { name: users.name, nameGu: users.nameGu },
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(filtersWhere(filters, now))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export type AdminArticleRow = ReturnType<typeof listAdminArticles>[number];

export function countAdminArticles(filters: AdminArticleFilters, now = Date.now()): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .where(filtersWhere(filters, now))
      .get()?.n ?? 0
  );
}

/** People who may sign an article: editors and admins. */
export function listNewsroomPeople() {
  return db
    .select({ id: users.id, name: users.name, nameGu: users.nameGu })
    .from(users)
    .where(inArray(users.role, ["editor", "admin"]))
    .orderBy(asc(users.name))
    .all();
}

export function isNewsroomPerson(id: number): boolean {
  return Boolean(
    db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, id), inArray(users.role, ["editor", "admin"])))
      .get(),
  );
}

export function getSection(id: number) {
  return db.select().from(categories).where(eq(categories.id, id)).get() ?? null;
}

/** Tag names of an edition, most used first, for suggestions in the editor. */
export function listPopularTagNames(edition: Edition, limit = 300): string[] {
  return db
    .select({ name: tags.name })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .where(eq(tags.edition, edition))
    .groupBy(tags.id)
    .orderBy(desc(sql`count(${articleTags.articleId})`), asc(tags.name))
    .limit(limit)
    .all()
    .map((row) => row.name);
}

function tagNamesOf(articleId: number): string[] {
  return db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all()
    .map((row) => row.name);
}

export function getArticleById(id: number): Article | null {
  return db.select().from(articles).where(eq(articles.id, id)).get() ?? null;
}

/** One article as the editor opens it, with its tags, its translation and where it stands. */
export function getArticleForEdit(id: number, now = Date.now()) {
  const row = db
    .select({ article: articles, state: stateOf(now) })
    .from(articles)
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const translation = row.article.translationId
    ? (db
        .select({ id: articles.id, edition: articles.edition, slug: articles.slug, title: articles.title })
        .from(articles)
        .where(eq(articles.id, row.article.translationId))
        .get() ?? null)
    : null;
  return { ...row, tags: tagNamesOf(id), translation };
}

export type ArticleForEdit = NonNullable<ReturnType<typeof getArticleForEdit>>;

/** The same shape as a published article's page data, whatever the article's status: for the newsroom's preview. */
export function getArticleForPreview(id: number) {
  const row = db
    .select({
      article: articles,
      author: { name: users.name, nameGu: users.nameGu, slug: users.slug },
      category: categories,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const translation = row.article.translationId
    ? (db
        .select({ edition: articles.edition, slug: articles.slug, title: articles.title })
        .from(articles)
        .where(eq(articles.id, row.article.translationId))
        .get() ?? null)
    : null;
  const articleTagList = db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name))
    .all();
  return { ...row, translation, tags: articleTagList };
}

/** Whether another article of the edition (deleted ones included: they can be restored) already uses the slug. */
export function isSlugTaken(edition: Edition, slug: string, exceptId?: number): boolean {
  const row = db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(eq(articles.edition, edition), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined),
    )
    .get();
  return Boolean(row);
}

export function findArticleBySlug(edition: Edition, slug: string) {
  return (
    db
      .select({ id: articles.id, title: articles.title })
      .from(articles)
      .where(and(eq(articles.edition, edition), eq(articles.slug, slug), isNull(articles.deletedAt)))
      .get() ?? null
  );
}

/** What decides which cached reader pages show an article. */
export type ArticleCacheView = {
  edition: Edition;
  slug: string;
  /** Shown to readers now or at its scheduled time: not a draft, not deleted. */
  listed: boolean;
  categorySlug: string;
  authorSlug: string | null;
  tagSlugs: string[];
  translation: { edition: Edition; slug: string } | null;
};

export function getArticleCacheView(id: number): ArticleCacheView | null {
  const row = db
    .select({ article: articles, categorySlug: categories.slug, authorSlug: users.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const { article } = row;
  const tagSlugs = db
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .all();
  const translation = article.translationId
    ? (db
        .select({ edition: articles.edition, slug: articles.slug })
        .from(articles)
        .where(eq(articles.id, article.translationId))
        .get() ?? null)
    : null;
  return {
    edition: article.edition,
    slug: article.slug,
    listed: article.status !== "draft" && article.deletedAt === null,
    categorySlug: row.categorySlug,
    authorSlug: row.authorSlug,
    tagSlugs: tagSlugs.map((t) => t.slug),
    translation,
  };
}

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
