import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { Dictionary } from "../../lib/i18n";
import { en } from "../../lib/i18n/en";
import { testDatabase } from "./database";

/** Drafts straight into the e2e database, one per title, each in its own edition; returns their ids and slugs. */
export function insertDrafts(
  stories: { title: string; edition: "en" | "gu"; body?: string }[],
): { id: number; slug: string; edition: "en" | "gu" }[] {
  const db = testDatabase();
  try {
    const section = db.prepare("select id from categories where slug = 'gujarat'").get() as { id: number };
    const author = db.prepare("select id from users where slug = 'meera-trivedi'").get() as { id: number };
    const insert =
      db.prepare(`insert into articles (edition, slug, title, dek, body, category_id, author_id, status, updated_at, created_at)
      values (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?) returning id`);
    // Gujarati stories read as Gujarati on /gu pages (tests/e2e/page-language.spec.ts checks it).
    const dek = { en: "A summary for the test.", gu: "પરીક્ષણ માટેનો સારાંશ." };
    return stories.map(({ title, edition, body }, i) => {
      const slug = `bulk-${Date.now().toString(36)}-${i}`;
      const { id } = insert.get(
        edition,
        slug,
        title,
        dek[edition],
        body ?? "The text of the story.",
        section.id,
        author.id,
        Date.now(),
        Date.now(),
      ) as { id: number };
      return { id, slug, edition };
    });
  } finally {
    db.close();
  }
}

export function auditActionsFor(ids: number[]): string[] {
  const db = testDatabase();
  try {
    const marks = ids.map(() => "?").join(",");
    return (
      db.prepare(`select action from moderation_log where article_id in (${marks}) order by id`).all(...ids) as {
        action: string;
      }[]
    ).map((r) => r.action);
  } finally {
    db.close();
  }
}

/** The article list's action bar as an editor uses it, in the newsroom's language `t`. */
export class ArticleList {
  constructor(
    readonly page: Page,
    readonly t: Dictionary["admin"]["articles"]["bulk"] = en.admin.articles.bulk,
  ) {}

  get status() {
    return this.page.locator("#bulk-status");
  }

  async tick(title: string) {
    await this.page.getByRole("checkbox", { name: this.t.select.replace("{title}", title) }).check();
  }

  async tickAll() {
    await this.page.getByRole("checkbox", { name: this.t.selectAll }).check();
  }

  /** Chooses the action, applies it, and confirms once in the dialog, which names how many stories it touches. */
  async apply(intent: keyof Dictionary["admin"]["articles"]["bulk"]["intents"], question: string) {
    await this.page.getByLabel(this.t.action, { exact: true }).selectOption({ label: this.t.intents[intent] });
    await this.page.getByRole("button", { name: this.t.apply }).click();
    const dialog = this.page.getByRole("dialog", { name: question });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: this.t.yes }).click();
    await expect(dialog).toBeHidden();
  }
}

/** Posts the bulk action as a script would, ids and all, with React's reply encoding of (previousState, formData). */
export function postBulk(request: APIRequestContext, actionId: string, intent: string, ids: string[]) {
  const form = new FormData();
  form.append("_1_intent", intent);
  for (const id of ids) form.append("_1_ids", id);
  form.append("0", JSON.stringify([{}, "$K1"]));
  return request.post("/admin/articles", {
    headers: { "Next-Action": actionId, Accept: "text/x-component" },
    maxRedirects: 0,
    multipart: form,
  });
}
