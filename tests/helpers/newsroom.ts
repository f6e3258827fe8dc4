import { expect, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { en } from "../../lib/i18n/en";
import { gu } from "../../lib/i18n/gu";
import { testDatabase } from "./database";
import { type Person, signIn } from "./sign-in";

export type { Person };

export const demoEditor: Person = { email: "meera@khabarsetu.test", password: "editor-demo-password" };
export const demoCommenter: Person = { email: "reader@khabarsetu.test", password: "reader-demo-password" };

const istOffsetMs = 330 * 60_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A whole accessible name in either edition's words. */
export const either = (english: string, gujarati: string) =>
  new RegExp(`^(${escapeRegExp(english)}|${escapeRegExp(gujarati)})$`);

/** A moment as a datetime-local input in India time takes it, to the second. */
export function indiaInput(ms: number): string {
  return new Date(ms + istOffsetMs).toISOString().slice(0, 19);
}

export type ArticleDraft = {
  title: string;
  dek?: string;
  body?: string;
  edition?: "English" | "Gujarati";
  section?: string;
  tags?: string;
  status?: "Draft" | "Scheduled" | "Published";
  publishAt?: number;
  image?: { name: string; mimeType: string; buffer: Buffer };
  imageAlt?: string;
};

/** The newsroom as an editor uses it: sign in, write, save, look at history. */
export class Newsroom {
  constructor(readonly page: Page) {}

  async signIn(who: Person, next = "/admin") {
    await signIn(this.page, who, next);
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  get formStatus() {
    return this.page.locator("#article-form-status");
  }

  async openNew() {
    await this.page.goto("/admin/articles/new");
    await expect(this.page.getByRole("heading", { name: "New article", level: 1 })).toBeVisible();
  }

  async openEditor(id: number) {
    await this.page.goto(`/admin/articles/${id}`);
    await expect(this.page.getByRole("heading", { name: "Edit article", level: 1 })).toBeVisible();
  }

  async fill(article: ArticleDraft) {
    if (article.edition) await this.field("Edition").selectOption({ label: article.edition });
    await this.field("Headline").fill(article.title);
    if (article.dek !== undefined) await this.field("Summary").fill(article.dek);
    if (article.body !== undefined) await this.field("Story text (Markdown)").fill(article.body);
    if (article.section) await this.field("Section").selectOption({ label: article.section });
    if (article.tags !== undefined) await this.field("Tags").fill(article.tags);
    if (article.image) await this.page.locator("#article-image").setInputFiles(article.image);
    if (article.imageAlt !== undefined) await this.field("Image description (alt text)").fill(article.imageAlt);
    if (article.status) await this.page.getByRole("radio", { name: new RegExp(`^${article.status}:`) }).check();
    if (article.publishAt !== undefined)
      await this.field("Publish at (India time)").fill(indiaInput(article.publishAt));
  }

  /** The editor's Save button, in whichever language the newsroom is shown. */
  get saveButton() {
    return this.page.getByRole("button", { name: either(en.admin.form.save, gu.admin.form.save) });
  }

  async save() {
    await this.saveButton.click();
  }

  /** Who else has the story open, as the editor shows it. */
  get presence() {
    return this.page.getByRole("region", {
      name: either(en.admin.editing.presenceLabel, gu.admin.editing.presenceLabel),
    });
  }

  /** The alert that someone else saved the story while it was open here. */
  savedElsewhereAlert(text: string) {
    return this.page.getByRole("alert").filter({ hasText: text });
  }

  /** Shows the newsroom in Gujarati (a cookie of this browser only). */
  async switchToGujarati() {
    await this.page.getByRole("button", { name: "ગુજરાતીમાં જુઓ" }).click();
    await expect(this.page.locator("html")).toHaveAttribute("lang", "gu");
  }

  /** Writes a new article and saves it; returns its id and slug once the editor has reopened it. */
  async create(article: ArticleDraft): Promise<{ id: number; slug: string }> {
    await this.openNew();
    await this.fill(article);
    await this.save();
    await expect(this.page).toHaveURL(/\/admin\/articles\/\d+\?done=created/);
    await expect(this.page.getByRole("status").filter({ hasText: "The article has been created." })).toBeVisible();
    const id = Number(/\/admin\/articles\/(\d+)/.exec(this.page.url())![1]);
    return { id, slug: await this.field("Slug (web address)").inputValue() };
  }
}

/** Straight into the e2e server's database: a published English story from some hours ago. */
export function insertPublishedStory(slug: string, title: string, hoursAgo = 2): number {
  const db = testDatabase();
  try {
    const section = db.prepare("select id from categories where slug = 'gujarat'").get() as { id: number };
    const author = db.prepare("select id from users where slug = 'meera-trivedi'").get() as { id: number };
    const at = Date.now() - hoursAgo * 3_600_000;
    const row = db
      .prepare(
        `insert into articles (edition, slug, title, dek, body, category_id, author_id, status, published_at, updated_at, created_at)
        values ('en', ?, ?, 'A summary for the test.', 'The first version of the text.', ?, ?, 'published', ?, ?, ?) returning id`,
      )
      .get(slug, title, section.id, author.id, at, at, at) as { id: number };
    return row.id;
  } finally {
    db.close();
  }
}

export function articleRow(id: number) {
  const db = testDatabase();
  try {
    return db.prepare("select * from articles where id = ?").get(id) as
      | { slug: string; title: string; dek: string; body: string; deleted_at: number | null; updated_at: number }
      | undefined;
  } finally {
    db.close();
  }
}

/**
 * A fingerprint of every row of every table: equal before and after means nothing was written.
 * Virtual-table shadows are included, so a change to an article's searchable text shows too.
 */
export function databaseChecksum(): string {
  const db = testDatabase();
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as { name: string }[];
    const hash = createHash("sha256");
    for (const { name } of tables) {
      hash.update(`\n${name}\n`);
      for (const row of db.prepare(`select * from "${name.replace(/"/g, '""')}"`).iterate()) {
        hash.update(
          JSON.stringify(row, (_, value) =>
            Buffer.isBuffer(value) ? value.toString("base64") : typeof value === "bigint" ? String(value) : value,
          ),
        );
      }
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}
