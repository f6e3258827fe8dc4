import { type APIRequestContext, expect, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { passwordHashing } from "../../lib/password-hashing";
import { testDatabase } from "./database";

type Lang = "en" | "gu";
const withNext = (p: string, next?: string) => (next ? `${p}?next=${encodeURIComponent(next)}` : p);

/** The sign-up, sign-in, password and account pages, as a reader uses them. */
export class AccountPages {
  constructor(
    readonly page: Page,
    readonly lang: Lang = "en",
  ) {}

  get status() {
    return this.page.locator("main form [aria-live=polite]").first();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async openSignUp(next?: string) {
    await this.page.goto(withNext(`/${this.lang}/sign-up`, next));
  }

  /** Fills the sign-up form and sends it (the test server asks for no least time on screen). */
  async signUp(person: { name: string; email: string; password: string }, { next }: { next?: string } = {}) {
    await this.openSignUp(next);
    await this.field("Display name").fill(person.name);
    await this.field("Email address").fill(person.email);
    await this.field("Password").fill(person.password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  /** Opens the link mailed after sign-up and creates the account; lands on the sign-in page. */
  async finishSignUp(email: string) {
    const link = await mailedLinkFor(email, "/sign-up/confirm");
    await this.page.goto(link);
    // The form posts to its own address (not `action=""`), so it also works without JavaScript.
    await expect(this.page.getByRole("main").locator("form")).toHaveAttribute("action", link);
    await this.page
      .getByRole("button", { name: this.lang === "en" ? "Create my account" : "મારું એકાઉન્ટ બનાવો" })
      .click();
    await expect(this.page).toHaveURL(new RegExp(`/${this.lang}/sign-in\\?`));
  }

  async signIn(email: string, password: string, next?: string) {
    await this.page.goto(withNext(`/${this.lang}/sign-in`, next));
    await this.field("Email address").fill(email);
    await this.field("Password").fill(password);
    await this.page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  }

  async signOut() {
    await this.page.goto(`/${this.lang}/account`);
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL(new RegExp(`/${this.lang}$`));
  }

  async requestPasswordReset(email: string) {
    await this.page.goto(`/${this.lang}/forgot-password`);
    await this.field("Email address").fill(email);
    await this.page.getByRole("button", { name: "Send the link" }).click();
  }

  async expectSignInPage(next?: string) {
    await expect(this.page).toHaveURL(
      new RegExp(`/${this.lang}/sign-in${next ? `\\?next=${encodeURIComponent(next)}` : ""}`),
    );
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }
}

/** An account made straight in the e2e server's database, faster than signing up through the form. */
export async function createAccount(email: string, password: string, name = "Test Reader"): Promise<number> {
  const db = testDatabase();
  try {
    const passwordHash = await hash(password, passwordHashing);
    const row = db
      .prepare("insert into users (email, name, password_hash) values (?, ?, ?) returning id")
      .get(email, name, passwordHash) as { id: number };
    return row.id;
  } finally {
    db.close();
  }
}

/** Forgets the sign-in attempts of test accounts, so the shared per-address limit does not spill into other specs. */
export function forgetLoginAttempts(emailPattern: string): void {
  const db = testDatabase();
  try {
    db.prepare("delete from login_attempts where email like ?").run(emailPattern);
  } finally {
    db.close();
  }
}

export type OutboxMail = { to: string; subject: string; text: string };

/** The mails written to the outbox folder (the server has no SMTP settings under test) for one address. */
export function mailsTo(address: string): OutboxMail[] {
  const dir = process.env.OUTBOX_DIR;
  if (!dir) throw new Error("OUTBOX_DIR is not set: run end-to-end tests through `npm test`");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as OutboxMail)
    .filter((mail) => mail.to === address);
}

/** The path of the link to `route` (such as "/reset-password") in the newest mail to `address` holding one, once it has arrived. */
export async function mailedLinkFor(address: string, route: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${route.replace(/\//g, "\\/")}\\?token=[\\w-]+`);
  const find = () =>
    mailsTo(address)
      .map((mail) => mail.text.match(pattern)?.[0])
      .filter(Boolean)
      .at(-1);
  await expect.poll(find, { timeout: 10_000 }).toBeTruthy();
  const url = new URL(find()!);
  return `${url.pathname}${url.search}`;
}

export const resetLinkFor = (address: string) => mailedLinkFor(address, "/reset-password");

const decodeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * What a sign-up script does: fetch the form, then post it straight back (as a
 * plain form post, the way a browser without JavaScript sends it).
 */
export async function postSignUpLikeAScript(request: APIRequestContext, fields: Record<string, string>) {
  return postSignUpForm(request, { ...(await signUpForm(request)), ...fields });
}

/** The sign-up form's fields as the page sends them (hidden ones included). */
export async function signUpForm(request: APIRequestContext): Promise<Record<string, string>> {
  const html = await (await request.get("/en/sign-up")).text();
  const at = html.indexOf('name="stamp"');
  const form = html.slice(html.lastIndexOf("<form", at), html.indexOf("</form>", at));
  const multipart: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<input[^>]*>/g)) {
    const name = tag.match(/ name="([^"]*)"/)?.[1];
    if (name) multipart[decodeHtml(name)] = decodeHtml(tag.match(/ value="([^"]*)"/)?.[1] ?? "");
  }
  return multipart;
}

export async function postSignUpForm(request: APIRequestContext, fields: Record<string, string>) {
  const origin = new URL((await request.get("/en")).url()).origin;
  return request.post("/en/sign-up", { multipart: fields, headers: { origin }, maxRedirects: 0 });
}

export function accountExists(email: string): boolean {
  const db = testDatabase();
  try {
    return Boolean(db.prepare("select 1 from users where email = ?").get(email));
  } finally {
    db.close();
  }
}

/** A comment by `userId` on an English story, written straight into the database. */
export function addComment(
  userId: number,
  articleSlug: string,
  body: string,
  status: "pending" | "approved" | "spam" | "rejected",
): void {
  const db = testDatabase();
  try {
    const article = db.prepare("select id from articles where edition = 'en' and slug = ?").get(articleSlug) as {
      id: number;
    };
    db.prepare("insert into comments (article_id, user_id, body, status) values (?, ?, ?, ?)").run(
      article.id,
      userId,
      body,
      status,
    );
  } finally {
    db.close();
  }
}
