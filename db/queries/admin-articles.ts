import "server-only";
import { and, desc, eq, gte, isNotNull, isNull, lt, lte, gt, ne, type SQL, sql } from "drizzle-orm";
import { db, dialect } from "../index";
import { type Edition } from "../schema";
import { articles, categories, users } from "../tables";

// The newsroom's article list: every story in any state, filtered and paged.

export const articleStates = ["draft", "scheduled", "published", "deleted"] as const;
export type ArticleState = (typeof articleStates)[number];
/**
 * `changedFrom`/`changedTo`: India-time days ("2026-11-30"), both included; read with the day bounds in `changedRange`.
 * `q`: the words typed, shown back in the form; read as `match` (SQLite's FTS5 expression) or `tsQuery` (PostgreSQL's
 * to_tsquery text), which the caller builds from them.
 */
export type AdminArticleFilters = {
  state?: ArticleState;
  edition?: Edition;
  categoryId?: number;
  authorId?: number;
  q?: string;
  match?: string;
  tsQuery?: string;
  changedFrom?: string;
  changedTo?: string;
  changedRange?: { from?: number; to?: number };
};

/** Where an article stands for the newsroom: deleted, draft, waiting for its time, or in front of readers. */
export const stateOf = (now: number) =>
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
    wordsWhere(match, filters.tsQuery),
  );
}

// SQLite: the FTS5 index, with the expression the caller built; PostgreSQL: the search_vector GIN index.
function wordsWhere(match: string | undefined, tsQuery: string | undefined): SQL | undefined {
  if (dialect() === "postgres") {
    return tsQuery ? sql`${articles}.search_vector @@ to_tsquery('simple', ${tsQuery})` : undefined;
  }
  return match ? sql`${articles.id} in (select rowid from articles_fts where articles_fts match ${match})` : undefined;
}

/** The newsroom's list: newest change first, any status. */
export async function listAdminArticles(
  filters: AdminArticleFilters,
  { limit, offset }: { limit: number; offset: number },
  now = Date.now(),
) {
  return await db
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
    .offset(offset);
}

export type AdminArticleRow = Awaited<ReturnType<typeof listAdminArticles>>[number];

export async function countAdminArticles(filters: AdminArticleFilters, now = Date.now()): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(articles)
        .where(filtersWhere(filters, now))
        .limit(1)
    )[0]?.n ?? 0
  );
}
