import { beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "@/db/connection";
import * as account from "@/db/queries/account";
import * as articles from "@/db/queries/articles";
import * as comments from "@/db/queries/comment-thread";
import * as dashboard from "@/db/queries/dashboard";
import * as sitemap from "@/db/queries/sitemap";
import * as taxonomy from "@/db/queries/taxonomy";
import { queryPlans } from "../helpers/query-plans";
import { freshDatabase } from "../helpers/unit-database";

let file: string;
beforeAll(async () => {
  file = await freshDatabase({ seed: false });
});

function pragmas(sqlite: ReturnType<typeof openSqlite>) {
  return {
    journal: sqlite.pragma("journal_mode", { simple: true }),
    synchronous: sqlite.pragma("synchronous", { simple: true }),
    foreignKeys: sqlite.pragma("foreign_keys", { simple: true }),
    busyTimeout: sqlite.pragma("busy_timeout", { simple: true }),
  };
}

describe("every connection sets its pragmas", () => {
  it("on a fresh database and again on a reopened one", () => {
    const expected = { journal: "wal", synchronous: 2, foreignKeys: 1, busyTimeout: 5000 };
    const first = openSqlite(file);
    expect(pragmas(first)).toEqual(expected);
    first.close();
    const reopened = openSqlite(file);
    expect(pragmas(reopened)).toEqual(expected);
    reopened.close();
  });

  it("takes the durability level from DB_SYNCHRONOUS", () => {
    process.env.DB_SYNCHRONOUS = "normal";
    try {
      const sqlite = openSqlite(file);
      expect(sqlite.pragma("synchronous", { simple: true })).toBe(1);
      sqlite.close();
    } finally {
      delete process.env.DB_SYNCHRONOUS;
    }
  });
});

// Each hot read must be answered from an index, never by scanning a whole table.
// The plans come from the named queries' own SQL, run against the demo newsroom.
const now = Date.now();
const page = { limit: 20, offset: 0 };
const hotQueries: Record<string, () => unknown> = {
  "an edition's latest": () => articles.listLatestArticles("en", page, now),
  "a section's latest": () => articles.listCategoryArticles("en", 1, page, now),
  "a section's count": () => articles.countCategoryArticles("en", 1, now),
  "a tag's latest": () => articles.listTagArticles(1, page, now),
  "an author's latest": () => articles.listAuthorArticles("en", 1, page, now),
  "an article by slug": () => articles.getPublishedArticle("en", "ahmedabad-metro-phase-two-opens", now),
  "breaking stories": () => articles.listBreakingArticles("en", now),
  "related stories": () => articles.listRelatedArticles({ id: 1, edition: "en", categoryId: 1 }, 4, now),
  "an article's approved comments": () => comments.listThreadComments(1, { order: "oldest", limit: 50 }),
  "a tag by slug": () => taxonomy.getTagBySlug("en", "metro"),
  "an author by slug": () => taxonomy.getAuthorBySlug("meera-trivedi"),
  "a reader's own comments": () => account.listOwnComments(1),
  "the news sitemap": () => sitemap.listRecentlyPublished(now - 2 * 86_400_000, now),
  "a sitemap block": () => sitemap.listSitemapArticles(1, 500, now),
};

describe("hot queries use indexes", () => {
  beforeAll(async () => {
    await freshDatabase();
  }, 120_000);

  for (const [name, work] of Object.entries(hotQueries)) {
    it(name, async () => {
      const plans = await queryPlans(work);
      expect(plans.length).toBeGreaterThan(0);
      for (const plan of plans) {
        expect(plan.join("\n")).not.toMatch(/^SCAN (articles|comments|article_tags|tags|users)\b(?! USING)/m);
        expect(
          plan.some((detail) => /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|USING PRIMARY KEY/.test(detail)),
        ).toBe(true);
      }
    });
  }

  describe("on the dashboard", () => {
    it("lists and charts comments through indexes, never by walking the whole comments table", async () => {
      const since = Date.now() - 30 * 86_400_000;
      const plan = async (work: () => Promise<unknown>) => (await queryPlans(work)).flat().join(" | ");
      const latest = await plan(() => dashboard.listLatestPendingComments(5));
      const perDay = await plan(() => dashboard.countCommentsPerDay(since));
      expect(latest).toMatch(/SEARCH comments USING INDEX comments_status_created_idx \(status=\?\)/);
      expect(latest).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      expect(perDay).toMatch(
        /^SEARCH comments USING COVERING INDEX comments_status_created_idx \(status=\? AND created_at>\?\)/,
      );
      for (const plan of [latest, perDay]) expect(plan).not.toMatch(/SCAN comments\b/);
    });

    it("counts articles through the status index", async () => {
      const at = Date.now();
      const found = await queryPlans(() =>
        Promise.all([
          dashboard.countPublishedBetween(at - 86_400_000, at),
          dashboard.countDrafts(),
          dashboard.countScheduled(at),
        ]),
      );
      for (const plan of found)
        expect(plan.join(" | ")).toMatch(/^SEARCH articles USING INDEX articles_status_published_idx/);
    });
  });
});
