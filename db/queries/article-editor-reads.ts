import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { db } from "../index";
import { type Article, type Edition } from "../schema";
import { articles, articleTags, categories, tags, users } from "../tables";
import { stateOf } from "./admin-articles";

// What the article editor reads: the story it opens (or previews), the people and tags it offers,
// and the checks a save makes before it writes.

/** People who may sign an article: editors and admins. */
export async function listNewsroomPeople() {
  return await db
    .select({ id: users.id, name: users.name, nameGu: users.nameGu })
    .from(users)
    .where(inArray(users.role, ["editor", "admin"]))
    .orderBy(asc(users.name));
}

export async function isNewsroomPerson(id: number): Promise<boolean> {
  return Boolean(
    (
      await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, id), inArray(users.role, ["editor", "admin"])))
        .limit(1)
    )[0],
  );
}

export async function getSection(id: number) {
  return (await db.select().from(categories).where(eq(categories.id, id)).limit(1))[0] ?? null;
}

/** Tag names of an edition, most used first, for suggestions in the editor. */
export async function listPopularTagNames(edition: Edition, limit = 300): Promise<string[]> {
  return (
    await db
      .select({ name: tags.name })
      .from(tags)
      .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
      .where(eq(tags.edition, edition))
      .groupBy(tags.id)
      .orderBy(desc(sql`count(${articleTags.articleId})`), asc(tags.name))
      .limit(limit)
  ).map((row) => row.name);
}

async function tagNamesOf(articleId: number): Promise<string[]> {
  return (
    await db
      .select({ name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, articleId))
      .orderBy(asc(tags.name))
  ).map((row) => row.name);
}

export async function getArticleById(id: number): Promise<Article | null> {
  return (await db.select().from(articles).where(eq(articles.id, id)).limit(1))[0] ?? null;
}

/** One article as the editor opens it, with its tags, its translation and where it stands. */
export async function getArticleForEdit(id: number, now = Date.now()) {
  const row = (
    await db
      .select({ article: articles, state: stateOf(now) })
      .from(articles)
      .where(eq(articles.id, id))
      .limit(1)
  )[0];
  if (!row) return null;
  const translation = row.article.translationId
    ? ((
        await db
          .select({ id: articles.id, edition: articles.edition, slug: articles.slug, title: articles.title })
          .from(articles)
          .where(eq(articles.id, row.article.translationId))
          .limit(1)
      )[0] ?? null)
    : null;
  return { ...row, tags: await tagNamesOf(id), translation };
}

export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

/** The same shape as a published article's page data, whatever the article's status: for the newsroom's preview. */
export async function getArticleForPreview(id: number) {
  const row = (
    await db
      .select({
        article: articles,
        author: { name: users.name, nameGu: users.nameGu, slug: users.slug },
        category: categories,
      })
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .where(eq(articles.id, id))
      .limit(1)
  )[0];
  if (!row) return null;
  const translation = row.article.translationId
    ? ((
        await db
          .select({ edition: articles.edition, slug: articles.slug, title: articles.title })
          .from(articles)
          .where(eq(articles.id, row.article.translationId))
          .limit(1)
      )[0] ?? null)
    : null;
  const articleTagList = await db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name));
  return { ...row, translation, tags: articleTagList };
}

/** Whether another article of the edition (deleted ones included: they can be restored) already uses the slug. */
export async function isSlugTaken(edition: Edition, slug: string, exceptId?: number): Promise<boolean> {
  const row = (
    await db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(eq(articles.edition, edition), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined),
      )
      .limit(1)
  )[0];
  return Boolean(row);
}

export async function findArticleBySlug(edition: Edition, slug: string) {
  return (
    (
      await db
        .select({ id: articles.id, title: articles.title })
        .from(articles)
        .where(and(eq(articles.edition, edition), eq(articles.slug, slug), isNull(articles.deletedAt)))
        .limit(1)
    )[0] ?? null
  );
}
