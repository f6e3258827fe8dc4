import "server-only";
import { type AdminArticleFilters, type ArticleState, articleStates } from "@/db/queries/admin-articles";
import { isEdition } from "@/lib/i18n";
import { parsePage } from "@/lib/pagination";
import { toMatchExpression, toTsQuery } from "@/lib/search-query";
import { dayRange } from "../audit/schema";

type Query = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
const day = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && dayRange(value, value).from !== undefined ? value : undefined;
const positive = (value: string) => (/^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined);

/** The list's filters from the URL; anything unrecognised is simply not applied. */
export function readFilters(query: Query): { filters: AdminArticleFilters; page: number } {
  const state = one(query.state);
  const edition = one(query.edition);
  const q = one(query.q).trim().slice(0, 100);
  const changedFrom = day(one(query.from));
  const changedTo = day(one(query.to));
  return {
    filters: {
      state: (articleStates as readonly string[]).includes(state) ? (state as ArticleState) : undefined,
      edition: isEdition(edition) ? edition : undefined,
      categoryId: positive(one(query.section)),
      authorId: positive(one(query.author)),
      q: q || undefined,
      match: toMatchExpression(q) ?? undefined,
      tsQuery: toTsQuery(q) ?? undefined,
      changedFrom,
      changedTo,
      changedRange: changedFrom || changedTo ? dayRange(changedFrom, changedTo) : undefined,
    },
    page: parsePage(query.page) ?? 1,
  };
}

export function filtersHref(filters: AdminArticleFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.state) params.set("state", filters.state);
  if (filters.edition) params.set("edition", filters.edition);
  if (filters.categoryId) params.set("section", String(filters.categoryId));
  if (filters.authorId) params.set("author", String(filters.authorId));
  if (filters.q) params.set("q", filters.q);
  if (filters.changedFrom) params.set("from", filters.changedFrom);
  if (filters.changedTo) params.set("to", filters.changedTo);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `/admin/articles${search ? `?${search}` : ""}`;
}
