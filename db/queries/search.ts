import "server-only";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { db } from "../index";
import { type Edition } from "../schema";
import { articles } from "../tables";
import type { ArticleCard } from "./articles";
import { cardColumns, isVisible } from "./visibility";

// The FTS5 table and index made by migration 0001_search, kept in sync by its
// triggers. Declared here rather than in db/schema/ so drizzle-kit leaves them alone.
const articlesFts = sqliteTable("articles_fts", {
  rowid: integer("rowid").notNull(),
  title: text("title"),
  dek: text("dek"),
  body: text("body"),
  tags: text("tags"),
});
const visibilityIndex = sql.raw("`articles_search_visibility_idx`");

/** Private-use characters around each matched word in titles and snippets: plain text, never HTML. */
export const highlightMarks = { start: "\uE000", end: "\uE001" } as const;

export type SearchHit = ArticleCard & { titleHighlighted: string; snippet: string };
export type SearchOptions = { limit: number; offset: number; categoryId?: number | null };

// The match must drive the loop, so the FTS table comes first in a CROSS JOIN,
// which SQLite never reorders, and articles are read through a covering index.
// Left to itself the planner walks the edition's articles and runs the match
// once per row: seconds, not milliseconds, on 100,000 articles.
const matches = sql`${articlesFts} cross join ${articles} indexed by ${visibilityIndex}`;

function matching(lang: Edition, match: string, categoryId: number | null | undefined, now: number): SQL | undefined {
  return and(
    sql`${articlesFts} match ${match}`,
    eq(articles.id, articlesFts.rowid),
    eq(articles.edition, lang),
    isVisible(now),
    categoryId ? eq(articles.categoryId, categoryId) : undefined,
  );
}

// bm25 weights per column (title, dek, body, tags): a word in the headline counts most.
const rank = sql`bm25(${articlesFts}, 10.0, 4.0, 1.0, 5.0)`;

/**
 * How many matches are ranked and counted. A common word matches tens of thousands of stories:
 * scoring and counting them all costs tens of milliseconds per search. Beyond this, the newest
 * matches (highest ids, read straight from the FTS index in reverse) are ranked and the count
 * shows "more than" (README, "Search").
 */
export const searchCap = 1000;

/** A page of results and how many stories match, counting no further than one past `searchCap` ("more than"). */
export type SearchPage = { counted: number; hits: SearchHit[] };

/**
 * Published articles of one edition matching an FTS5 match expression (built from what a reader typed by
 * `toMatchExpression` in lib/search-query.ts), best first, newer first among equals. One pass reads the
 * newest `searchCap` + 1 matches: it ranks them and counts them (a separate count walked the same matches
 * again, the larger part of a multi-word search). Highlights are built only for the page shown: SQLite
 * computes selected columns before sorting, so snippets in the ranking query would be made for every match.
 */
export async function searchPage(
  lang: Edition,
  match: string | null,
  { limit, offset, categoryId }: SearchOptions,
  now = Date.now(),
): Promise<SearchPage> {
  if (!match) return { counted: 0, hits: [] };
  const ranked = (
    await db.all<{ id: number }>(
      sql`select id from (
            select ${articles.id} as id, ${rank} as score, ${articles.publishedAt} as published from ${matches}
            where ${matching(lang, match, categoryId, now)} order by ${articlesFts.rowid} desc limit ${searchCap + 1}
          ) order by score, published desc, id desc`,
    )
  ).map((row) => row.id);
  const ids = ranked.slice(0, searchCap).slice(offset, offset + limit);
  if (ids.length === 0) return { counted: ranked.length, hits: [] };
  const marks = new Map((await highlightsFor(match, ids)).map((row) => [row.id, row]));
  const cards = new Map(
    (await db.select(cardColumns()).from(articles).where(inArray(articles.id, ids))).map((card) => [card.id, card]),
  );
  const hits = ids.flatMap((id) => {
    const card = cards.get(id);
    const marked = marks.get(id);
    return card && marked ? [{ ...card, titleHighlighted: marked.title, snippet: marked.snippet }] : [];
  });
  return { counted: ranked.length, hits };
}

// One pass over the match limited to the ids' rowid range; "+" keeps SQLite from
// turning the IN list into one FTS lookup per id, each re-expanding prefix terms.
async function highlightsFor(match: string, ids: number[]) {
  const { start, end } = highlightMarks;
  const bodySnippet = sql`snippet(${articlesFts}, 2, ${start}, ${end}, '…', 32)`;
  return await db.all<{ id: number; title: string; snippet: string }>(sql`
    select rowid as id, highlight(${articlesFts}, 0, ${start}, ${end}) as title,
      case when instr(${bodySnippet}, ${start}) > 0 then ${bodySnippet} else snippet(${articlesFts}, 1, ${start}, ${end}, '…', 32) end as snippet
    from ${articlesFts}
    where ${articlesFts} match ${match} and rowid between ${Math.min(...ids)} and ${Math.max(...ids)}
      and +rowid in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`);
}
