import "server-only";
import { and, eq, inArray, isNull, lte, ne, type SQL, sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Edition } from "../schema";
import type * as pgSchema from "../schema-pg";
import { articles, media } from "../schema-pg";
import { highlightMarks, searchCap, type SearchOptions, type SearchPage } from "./search";

// Search on PostgreSQL, the counterpart of ./search.ts: the same hits, order, cap and highlights, over the
// `search_vector` column (headline A, dek and tags B, body D, `simple` configuration) and its GIN index,
// both made by the hand-written tail of db/migrations-pg/0000_init.sql. The query text comes from
// `toTsQuery` (lib/search-query.ts) and is always a bound parameter.

export type PostgresDatabase = NodePgDatabase<typeof pgSchema>;

const searchVector = sql`${articles}."search_vector"`;
const tsQuery = (query: string) => sql`to_tsquery('simple', ${query})`;

// The card columns of ./visibility.ts, on the PostgreSQL tables.
const cardColumns = () => ({
  id: articles.id,
  edition: articles.edition,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  imagePath: articles.imagePath,
  imageAlt: articles.imageAlt,
  imageWidth: articles.imageWidth,
  imageHeight: articles.imageHeight,
  imageFocusX: sql<number | null>`(select ${media.focalX} from ${media} where ${media.path} = ${articles.imagePath})`,
  imageFocusY: sql<number | null>`(select ${media.focalY} from ${media} where ${media.path} = ${articles.imagePath})`,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  categoryId: articles.categoryId,
});

// Readers' stories of one edition (not drafts, their time come, not deleted) matching the query.
function matching(lang: Edition, query: string, categoryId: number | null | undefined, now: number): SQL | undefined {
  return and(
    sql`${searchVector} @@ ${tsQuery(query)}`,
    eq(articles.edition, lang),
    ne(articles.status, "draft"),
    lte(articles.publishedAt, now),
    isNull(articles.deletedAt),
    categoryId ? eq(articles.categoryId, categoryId) : undefined,
  );
}

/**
 * The newest `searchCap` + 1 matches (by id, as SQLite reads its FTS index in reverse), ranked: best first
 * (ts_rank, a headline word weighing most), newer first among equals. Also read by the query-plan test.
 */
export const rankedMatches = (lang: Edition, query: string, categoryId: number | null | undefined, now: number) => sql`
  select ${articles.id} as "id" from (
    select ${articles.id} as "id" from ${articles} where ${matching(lang, query, categoryId, now)}
    order by ${articles.id} desc limit ${searchCap + 1}
  ) "newest" join ${articles} on ${articles.id} = "newest"."id"
  order by ts_rank(${searchVector}, ${tsQuery(query)}) desc, ${articles.publishedAt} desc, ${articles.id} desc`;

/**
 * One page of stories of one edition matching a `to_tsquery` text (built by `toTsQuery` in
 * lib/search-query.ts) and how many match, as `searchPage` gives on SQLite: one pass ranks and counts the
 * newest `searchCap` + 1 matches; the page comes from the best `searchCap`. Highlights (ts_headline re-reads
 * each text, which is slow) are made for the page shown only.
 */
export async function searchPagePostgres(
  pg: PostgresDatabase,
  lang: Edition,
  query: string | null,
  { limit, offset, categoryId }: SearchOptions,
  now = Date.now(),
): Promise<SearchPage> {
  if (!query) return { counted: 0, hits: [] };
  const ranked = (await pg.execute<{ id: number }>(rankedMatches(lang, query, categoryId, now))).rows.map(
    (row) => row.id,
  );
  const ids = ranked.slice(0, searchCap).slice(offset, offset + limit);
  if (ids.length === 0) return { counted: ranked.length, hits: [] };
  const [marked, cards] = await Promise.all([
    highlightsFor(pg, query, ids),
    pg.select(cardColumns()).from(articles).where(inArray(articles.id, ids)),
  ]);
  const marks = new Map(marked.map((row) => [row.id, row]));
  const byId = new Map(cards.map((card) => [card.id, card]));
  const hits = ids.flatMap((id) => {
    const card = byId.get(id);
    const mark = marks.get(id);
    return card && mark ? [{ ...card, titleHighlighted: mark.title, snippet: mark.snippet }] : [];
  });
  return { counted: ranked.length, hits };
}

const { start, end } = highlightMarks;
const titleOptions = `StartSel=${start}, StopSel=${end}, HighlightAll=true`;
const snippetOptions = `StartSel=${start}, StopSel=${end}, MaxWords=32, MinWords=16`;

type Marked = { id: number; title: string; snippet: string; at: number; plainLength: number; sourceLength: number };

// The headline with every matched word marked, and a passage of the body around the matches (the dek's when
// the body has none), with "…" where it was cut, like SQLite's highlight() and snippet().
async function highlightsFor(pg: PostgresDatabase, query: string, ids: number[]) {
  // Materialized, so each ts_headline runs once per story: inlined, the CASEs below would repeat it.
  const { rows } = await pg.execute<Marked>(sql`
    with "h" as materialized (
      select ${articles.id} as "id", ${articles.body} as "body", ${articles.dek} as "dek", "q"."q",
        ts_headline('simple', ${articles.title}, "q"."q", ${titleOptions}) as "title",
        ts_headline('simple', ${articles.body}, "q"."q", ${snippetOptions}) as "passage"
      from ${articles}, (select ${tsQuery(query)} as "q") "q"
      where ${inArray(articles.id, ids)}
    ), "s" as materialized (
      select "id", "title",
        case when strpos("passage", ${start}) > 0 then "passage" else ts_headline('simple', "dek", "q", ${snippetOptions}) end as "snippet",
        case when strpos("passage", ${start}) > 0 then "body" else "dek" end as "source"
      from "h"
    )
    select "id", "title", "snippet", strpos("source", "plain") as "at", char_length("plain") as "plainLength",
      char_length("source") as "sourceLength"
    from (select *, replace(replace("snippet", ${start}, ''), ${end}, '') as "plain" from "s") "p"`);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    snippet: `${row.at > 1 ? "…" : ""}${row.snippet}${row.at > 0 && row.at + row.plainLength <= row.sourceLength ? "…" : ""}`,
  }));
}
