import "server-only";
import { db, dialect } from "../index";
import type { Edition } from "../schema";
import { toMatchExpression, toTsQuery } from "@/lib/search-query";
import { searchPage, type SearchOptions, type SearchPage } from "./search";
import { type PostgresDatabase, searchPagePostgres } from "./search-postgres";

/**
 * One page of a reader's search on whichever engine is open: FTS5 on SQLite, the tsvector index on
 * PostgreSQL. Takes the words as typed; each engine's safe query text is built from them here.
 */
export async function searchStoriesPage(
  lang: Edition,
  typed: string,
  options: SearchOptions,
  now = Date.now(),
): Promise<SearchPage> {
  if (dialect() === "postgres") {
    // The shared handle is typed as SQLite's (db/index.ts); on PostgreSQL it is node-postgres's.
    return searchPagePostgres(db as unknown as PostgresDatabase, lang, toTsQuery(typed), options, now);
  }
  return searchPage(lang, toMatchExpression(typed), options, now);
}
