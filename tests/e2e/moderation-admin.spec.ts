import { expect, test } from "@playwright/test";
import {
  addFreshStory,
  CommentThreadPage,
  createCommenter,
  letTimePass,
  withDatabase,
} from "../helpers/comment-thread";
import { addComment, demoAdmin, demoModerator, ModerationDesk, NewsroomAdmin } from "../helpers/moderation-desk";
import { Newsroom } from "../helpers/newsroom";

// Each test signs in two or three people and waits on several round trips: generous on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

let serial = 0;
const unique = (text: string) => `${text} (${Date.now().toString(36)}-${++serial})`;

async function signedIn(page: import("@playwright/test").Page, who: { email: string; password: string }, next: string) {
  await new Newsroom(page).signIn(who, next);
}

test.describe("the word lists", () => {
  const banned = "zorbleflux";
  const bannedGu = "મૂર્ખ";
  const suspect = "quuxlottery";

  test.afterAll(() => withDatabase((db) => db.prepare("delete from settings where key like 'moderation.%'").run()));

  test("banned-word comments are rejected and suspect-word comments held, with the reason shown on the desk", async ({
    page,
    browser,
  }) => {
    await signedIn(page, demoAdmin, "/admin/settings");
    await new NewsroomAdmin(page).saveSettings({ "Banned words": `${banned}\n${bannedGu}`, "Suspect words": suspect });
    await expect(page.getByLabel("Banned words", { exact: true })).toHaveValue(`${banned}\n${bannedGu}`);

    const slug = `word-list-story-${Date.now()}`;
    const story = addFreshStory(slug);
    const dev = await createCommenter("Dev Words");
    const reader = await CommentThreadPage.elsewhere(browser, dev, story);
    const thread = reader.thread;

    const rude = unique(`This is ${banned.toUpperCase()} nonsense`);
    await thread.post(rude);
    await expect(thread.status()).toHaveText(
      "Your comment was not published: it contains words that are not allowed here. Please change it and try again.",
    );
    await expect(thread.commentBox).toHaveValue(rude);

    letTimePass(dev.id);
    const hidden = unique(`તું તો મૂર્\u200dખ છે`);
    await thread.post(hidden);
    await expect(thread.status()).toContainText("Your comment was not published");

    letTimePass(dev.id);
    const doubtful = unique(`Try the ${suspect} tonight`);
    await thread.post(doubtful);
    await expect(thread.status()).toHaveText("Thank you! Your comment will appear once a moderator approves it.");
    await expect(thread.comment(doubtful)).toContainText("Awaiting moderation");
    await reader.close();

    const statuses = withDatabase((db) =>
      db.prepare("select body, status, held_reason from comments where user_id = ? order by id").all(dev.id),
    );
    expect(statuses).toEqual([
      { body: rude, status: "rejected", held_reason: `banned-word:${banned}` },
      { body: hidden, status: "rejected", held_reason: `banned-word:${bannedGu}` },
      { body: doubtful, status: "pending", held_reason: `suspect-word:${suspect}` },
    ]);

    const desk = new ModerationDesk(page);
    await desk.open({ author: dev.email });
    await expect(desk.row(doubtful)).toContainText(`Suspect word “${suspect}”`);
    await desk.queue("Rejected").click();
    await expect(desk.row(rude)).toContainText(`Banned word “${banned}”`);
    await expect(desk.row(hidden)).toContainText(`Banned word “${bannedGu}”`);
  });
});

test("an admin bans a commenter, rejecting their comments, and the commenter's old session stops working", async ({
  page,
  browser,
}) => {
  const slug = `banned-author-story-${Date.now()}`;
  const story = addFreshStory(slug);
  const eshan = await createCommenter("Eshan Banned");
  const text = unique("An approved comment before the ban");
  addComment(slug, eshan.id, text, { status: "approved" });

  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await new CommentThreadPage(theirPage).signIn(eshan, "/en/account");
  await expect(theirPage.getByRole("heading", { name: "Your account" })).toBeVisible();

  await signedIn(page, demoAdmin, "/admin/people");
  const admin = new NewsroomAdmin(page);
  await admin.openPerson(eshan.email);
  const ban = admin.personForm("Ban");
  await ban.getByLabel("Also reject all their comments").check();
  await ban.getByRole("button", { name: "Ban for good" }).click();
  await expect(ban.getByText("Banned; their sessions have ended.")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Banned$/ })).toBeVisible();

  await theirPage.goto("/en/account");
  await expect(theirPage).toHaveURL(/\/en\/sign-in/);
  await theirPage.goto(story);
  await expect(theirPage.getByText(text)).toHaveCount(0);
  await theirs.close();

  await page.goto("/admin/people?q=admin%40khabarsetu.test");
  await page.getByRole("table").getByRole("link", { name: "Newsroom Admin" }).click();
  await expect(
    page.getByText("This is your own account: you cannot change your own role or ban yourself."),
  ).toBeVisible();
  await expect(admin.personForm("Ban")).toHaveCount(0);
});

test("an admin creates, renames and reorders a section, and readers' navigation follows", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const slug = `desk-${stamp}`;
  await signedIn(page, demoAdmin, "/admin/sections");
  const admin = new NewsroomAdmin(page);
  await admin.createSection(slug, `Desk ${stamp}`, `ડેસ્ક ${stamp}`);
  await expect(admin.section(`Desk ${stamp}`)).toBeVisible();

  const rename = admin.section(`Desk ${stamp}`);
  await rename.getByLabel("Name in English").fill(`Weather ${stamp}`);
  await rename.getByLabel("Name in Gujarati").fill(`હવામાન ${stamp}`);
  await rename.getByRole("button", { name: "Save names" }).click();
  await expect(admin.section(`Weather ${stamp}`)).toBeVisible();

  const before = await admin.sectionOrder();
  expect(before.at(-1)).toBe(`Weather ${stamp}`);
  await admin.section(`Weather ${stamp}`).getByRole("button", { name: "Move up" }).click();
  await expect.poll(() => admin.sectionOrder()).toEqual([...before.slice(0, -2), `Weather ${stamp}`, before.at(-2)]);

  await page.goto("/en");
  const nav = page.getByRole("navigation", { name: "Sections", exact: true });
  await expect(nav.getByRole("link", { name: `Weather ${stamp}` })).toBeVisible();
  const names = await nav.getByRole("link").allTextContents();
  expect(names.indexOf(`Weather ${stamp}`)).toBe(names.indexOf(before.at(-2)!) - 1);
  await page.goto("/gu");
  await expect(
    page.getByRole("navigation", { name: "વિભાગો", exact: true }).getByRole("link", { name: `હવામાન ${stamp}` }),
  ).toBeVisible();

  await page.goto("/admin/sections");
  page.once("dialog", (dialog) => dialog.accept());
  await admin.section(`Weather ${stamp}`).getByRole("button", { name: "Delete" }).click();
  await expect(admin.section(`Weather ${stamp}`)).toHaveCount(0);
  expect(await admin.sectionOrder()).toEqual(before.slice(0, -1));
});

test("editors moderate but cannot open sections, people, settings or the audit log", async ({ page }) => {
  await signedIn(page, demoModerator, "/admin/moderation");
  for (const path of ["/admin/sections", "/admin/people", "/admin/settings", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
});
