import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { db } from "../index";
import { type Article, articles, articleTags, categories, type Edition, tags, users } from "../schema";
import { stateOf } from "./admin-articles";

// What the article editor reads: the story it opens (or previews), the people and tags it offers,
// and the checks a save makes before it writes.

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
