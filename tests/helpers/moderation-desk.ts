import { expect, type Page } from "@playwright/test";
import { en } from "../../lib/i18n/en";
import { gu } from "../../lib/i18n/gu";
import { withDatabase } from "./comment-thread";
import { either } from "./newsroom";
import { commentParams, commentSql } from "./story-fixtures";

export const demoAdmin = { email: "admin@khabarsetu.test", password: "admin-demo-password" };
export const demoModerator = { email: "meera@khabarsetu.test", password: "editor-demo-password" };

/** Puts a comment straight into the e2e database, waiting for a moderator unless told otherwise. */
export function addComment(
  slug: string,
  userId: number,
  body: string,
  { status = "pending", minutesAgo = 1 } = {},
): number {
  return withDatabase(
    (db) => (db.prepare(commentSql).get(...commentParams(slug, userId, body, status, minutesAgo)) as { id: number }).id,
  );
}

export const statusOf = (id: number) =>
  withDatabase(
    (db) => (db.prepare("select status from comments where id = ?").get(id) as { status: string } | undefined)?.status,
  );

const desk = { en: en.moderation.desk, gu: gu.moderation.desk };
type DeskAction = (typeof en.moderation.desk.actions)[keyof typeof en.moderation.desk.actions];

/** The moderation desk as an editor uses it, in either language of the newsroom (actions are named in English). */
export class ModerationDesk {
  constructor(readonly page: Page) {}

  async open(query: Record<string, string> = {}) {
    const search = new URLSearchParams(query).toString();
    await this.page.goto(`/admin/moderation${search ? `?${search}` : ""}`);
    await expect(
      this.page.getByRole("heading", { name: either(desk.en.title, desk.gu.title), level: 1 }),
    ).toBeVisible();
  }

  queue(name: "Pending" | "Reported" | "Approved" | "Spam" | "Rejected") {
    return this.page
      .getByRole("navigation", { name: "Queues" })
      .getByRole("link", { name: new RegExp(`^${name} \\(`) });
  }

  get list() {
    return this.page.getByRole("list", { name: either(desk.en.listLabel, desk.gu.listLabel) });
  }

  get rows() {
    return this.list.locator(":scope > li");
  }

  row(text: string) {
    return this.rows.filter({ hasText: text });
  }

  get status() {
    return this.page.locator("main form p[aria-live=polite]").first();
  }

  /** The button for `action` on the comment that reads `text`. */
  button(text: string, action: DeskAction) {
    const key = (Object.keys(desk.en.actions) as (keyof typeof desk.en.actions)[]).find(
      (name) => desk.en.actions[name] === action,
    )!;
    return this.row(text).getByRole("button", { name: either(action, desk.gu.actions[key]) });
  }

  async act(text: string, action: DeskAction) {
    if (action === desk.en.actions.delete || action === desk.en.actions.ban)
      this.page.once("dialog", (dialog) => dialog.accept());
    await this.button(text, action).click();
  }

  async bulk(label: string) {
    await this.page.getByRole("button", { name: label, exact: true }).click();
  }
}

/** Sections, People and Settings as an admin uses them. */
export class NewsroomAdmin {
  constructor(readonly page: Page) {}

  section(name: string) {
    return this.page.getByRole("list", { name: "Sections in navigation order" }).getByRole("listitem", { name });
  }

  async sectionOrder(): Promise<string[]> {
    return this.page
      .getByRole("list", { name: "Sections in navigation order" })
      .getByRole("listitem")
      .evaluateAll((items) => items.map((item) => item.getAttribute("aria-label") ?? ""));
  }

  async createSection(slug: string, nameEn: string, nameGu: string) {
    await this.page.goto("/admin/sections");
    const form = this.page.getByRole("form", { name: "New section" });
    await form.getByLabel("Slug (web address)").fill(slug);
    await form.getByLabel("Name in English").fill(nameEn);
    await form.getByLabel("Name in Gujarati").fill(nameGu);
    await form.getByRole("button", { name: "Add section" }).click();
    await expect(form.getByText("The section has been added.")).toBeVisible();
  }

  async openPerson(email: string) {
    await this.page.goto(`/admin/people?q=${encodeURIComponent(email)}`);
    await this.page.getByRole("table").getByRole("link").first().click();
    await expect(this.page.getByText(email)).toBeVisible();
  }

  personForm(heading: string) {
    return this.page.getByRole("form", { name: heading, exact: true });
  }

  async saveSettings(values: Partial<Record<"Banned words" | "Suspect words" | "Most links before holding", string>>) {
    await this.page.goto("/admin/settings");
    for (const [label, value] of Object.entries(values)) await this.page.getByLabel(label, { exact: true }).fill(value);
    await this.page.getByRole("button", { name: "Save settings" }).click();
    await expect(this.page.getByText("The settings have been saved.")).toBeVisible();
  }
}
