import { type Browser, type Locator, type Page } from "@playwright/test";
import { en } from "../../lib/i18n/en";
import { gu } from "../../lib/i18n/gu";
import { testDatabase } from "./database";
import { sqliteFixtures } from "./fixture-database";
import { either } from "./newsroom";
import { signIn } from "./sign-in";
import { type Commenter, freshStorySql, storyFixtures } from "./story-fixtures";

export type { Commenter };

/** A brand-new commenter with no approved comments yet, so their comments wait for moderation. */
export const createCommenter = (name: string) => storyFixtures(sqliteFixtures()).createCommenter(name);

export const demoReader: Omit<Commenter, "id"> = {
  name: "Ravi Joshi",
  email: "reader@khabarsetu.test",
  password: "reader-demo-password",
};

/** Reads or changes comments in the test server's database. */
export function withDatabase<T>(work: (db: ReturnType<typeof testDatabase>) => T): T {
  const db = testDatabase();
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export type CommentRow = {
  id: number;
  user_id: number;
  body: string;
  status: string;
  deleted_at: number | null;
  edited_at: number | null;
  parent_id: number | null;
};

export const commentsOn = (lang: string, slug: string) =>
  withDatabase(
    (db) =>
      db
        .prepare(
          "select c.* from comments c join articles a on a.id = c.article_id where a.edition = ? and a.slug = ? order by c.id",
        )
        .all(lang, slug) as CommentRow[],
  );

export const commentByBody = (body: string) =>
  withDatabase((db) => db.prepare("select * from comments where body = ?").get(body) as CommentRow | undefined);

/** A published English story no one has read yet, so no cached thread can hide what a test arranges under it. */
export function addFreshStory(slug: string): string {
  withDatabase((db) => db.prepare(freshStorySql).run(slug));
  return `/en/article/${slug}`;
}

/** Moves a person's comments half a minute into the past, so the flood rule lets them post again. */
export const letTimePass = (userId: number) =>
  withDatabase((db) => db.prepare("update comments set created_at = created_at - 30000 where user_id = ?").run(userId));

const commentLabel = either(en.comments.commentLabel, gu.comments.commentLabel);

/** What a reader sees and does in the comment section under an article. */
export class CommentThreadPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
  }

  async signIn(who: { email: string; password: string }, next: string) {
    await signIn(this.page, who, next);
  }

  /** A second reader in their own browser, signed in (or anonymous when `who` is null). */
  static async elsewhere(browser: Browser, who: { email: string; password: string } | null, path: string) {
    const context = await browser.newContext();
    const thread = new CommentThreadPage(await context.newPage());
    if (who) await thread.signIn(who, path);
    else await thread.open(path);
    return { thread, close: () => context.close() };
  }

  get section() {
    return this.page.getByRole("region", { name: /^(Comments|પ્રતિભાવો)/ });
  }

  get heading() {
    return this.page.locator("#comments-heading");
  }

  /** The new comment's text box, on an English or a Gujarati story. */
  get commentBox() {
    return this.section.getByLabel(commentLabel);
  }

  get newCommentForm() {
    return this.section.locator("form").filter({ has: this.page.getByLabel(commentLabel) });
  }

  get postButton() {
    return this.newCommentForm.getByRole("button", { name: either(en.comments.submit, gu.comments.submit) });
  }

  /** The status line of the form that holds `within` (the new comment form by default). */
  status(within: Locator = this.newCommentForm) {
    return within.getByRole("status");
  }

  comment(text: string) {
    return this.section.getByRole("article").filter({ has: this.page.getByText(text, { exact: true }) });
  }

  async post(text: string) {
    await this.commentBox.fill(text);
    await this.postButton.click();
  }

  async reply(to: string, text: string) {
    const comment = this.comment(to);
    await comment.getByText("Reply", { exact: true }).click();
    await comment.getByRole("textbox", { name: /^Your reply to/ }).fill(text);
    await comment.getByRole("button", { name: "Post reply" }).click();
  }

  async edit(from: string, to: string) {
    const comment = this.comment(from);
    await comment.getByText("Edit", { exact: true }).click();
    await comment.getByLabel("Edit your comment").fill(to);
    await comment.getByRole("button", { name: "Save changes" }).click();
  }

  async remove(text: string) {
    this.page.once("dialog", (dialog) => dialog.accept());
    await this.comment(text).getByRole("button", { name: "Delete" }).click();
  }

  async report(text: string, reason: string, note = "") {
    const comment = this.comment(text);
    await comment.getByText("Report", { exact: true }).click();
    await comment.getByRole("radio", { name: reason }).check();
    if (note) await comment.getByLabel("Note for the moderators (optional)").fill(note);
    await comment.getByRole("button", { name: "Send report" }).click();
  }
}
