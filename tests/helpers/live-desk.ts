import { expect, type Page } from "@playwright/test";
import { testDatabase } from "./database";

/** A story's id in the test database. */
export function storyId(edition: "en" | "gu", slug: string): number {
  const db = testDatabase();
  try {
    return (db.prepare("select id from articles where edition = ? and slug = ?").get(edition, slug) as { id: number })
      .id;
  } finally {
    db.close();
  }
}

/** A published English story, newest on the site, that is not a live blog yet. */
export function addStoryToCoverLive(slug: string, title: string): number {
  const db = testDatabase();
  try {
    const now = Date.now();
    db.prepare(
      `insert into articles (edition, slug, title, dek, body, category_id, author_id, status, published_at, updated_at)
       select 'en', ?, ?, 'A short summary.', 'What we know so far.', category_id, author_id, 'published', ?, ?
       from articles where edition = 'en' and status = 'published' limit 1`,
    ).run(slug, title, now, now);
    return storyId("en", slug);
  } finally {
    db.close();
  }
}

export const liveUpdateRows = (articleId: number) => {
  const db = testDatabase();
  try {
    return db
      .prepare("select id, headline, body from live_updates where article_id = ? order by id desc")
      .all(articleId) as { id: number; headline: string | null; body: string }[];
  } finally {
    db.close();
  }
};

/** The live desk beside the article editor, as an editor uses it. */
export class LiveDesk {
  constructor(readonly page: Page) {}

  static path = (id: number) => `/admin/articles/${id}/live`;

  async open(id: number) {
    await this.page.goto(LiveDesk.path(id));
    await expect(this.page.getByRole("heading", { name: /^Live blog:/, level: 1 })).toBeVisible();
  }

  get newUpdate() {
    return this.page.getByRole("region", { name: "New update" });
  }

  async publish(body: string, headline = "") {
    await this.newUpdate.getByLabel("Short headline (optional)").fill(headline);
    await this.newUpdate.getByLabel("Update (Markdown)").fill(body);
    await this.newUpdate.getByRole("button", { name: "Publish the update" }).click();
  }

  get coverage() {
    return this.page.getByRole("region", { name: "Live coverage" });
  }
}
