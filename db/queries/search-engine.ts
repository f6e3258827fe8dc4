import "server-only";
import { db, dialect } from "../index";
import type { Edition } from "../schema";
import { searchPage, type SearchOptions, type SearchPage } from "./search";
import { type PostgresDatabase, searchPagePostgres } from "./search-postgres";

/** What was typed, as each engine's safe query text (lib/search-query.ts: toMatchExpression, toTsQuery). */
export type SearchWords = { match: string | null; tsQuery: string | null };

/** One page of a reader's search on whichever engine is open: FTS5 on SQLite, the tsvector index on PostgreSQL. */
export async function searchStoriesPage(
  lang: Edition,
  words: SearchWords,
  options: SearchOptions,
  now = Date.now(),
): Promise<SearchPage> {
  if (dialect() === "postgres") {
    // The shared handle is typed as SQLite's (db/index.ts); on PostgreSQL it is node-postgres's.
    return searchPagePostgres(db as unknown as PostgresDatabase, lang, words.tsQuery, options, now);
  }
  return searchPage(lang, words.match, options, now);
}
