import "server-only";
import * as sitemap from "@/db/queries/sitemap";
import { listCategories } from "@/db/queries/taxonomy";

// Sitemaps read the database on request (they are not tagged: a search engine reads them a few
// times a day); the front server keeps each whole for its s-maxage and drops it on every write.
export const getSitemapBlocks = async (size: number) => sitemap.listSitemapBlocks(size);
export const getSitemapArticles = async (firstId: number, lastId: number) =>
  sitemap.listSitemapArticles(firstId, lastId);
export const getRecentlyPublished = async (since: number, now = Date.now()) =>
  sitemap.listRecentlyPublished(since, now);
export const getSectionLastmods = async () => sitemap.listSectionLastmods();
export const getSections = async () => listCategories();
