import { expect, test } from "@playwright/test";
import { addFreshStory, CommentThreadPage, createCommenter, letTimePass, withDatabase } from "../helpers/comment-thread";
import { addComment, demoAdmin, demoModerator, ModerationDesk, NewsroomAdmin, statusOf } from "../helpers/moderation-desk";
import { Newsroom } from "../helpers/newsroom";

// Each test signs in two or three people and waits on several round trips: generous on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

let serial = 0;
const unique = (text: string) => `${text} (${Date.now().toString(36)}-${++serial})`;

async function signedIn(page: import("@playwright/test").Page, who: { email: string; password: string }, next: string) {
  await new Newsroom(page).signIn(who, next);
}

test("a comment moves from pending to approved and appears for readers; another goes to spam and never shows", async ({ page, browser }) => {
  const slug = `moderated-story-${Date.now()}`;
  const story = addFreshStory(slug);
  const asha = await createCommenter("Asha Moderated");
  const good = unique("A fair point about the new bus routes.");
  const junk = unique("Cheap watches at my shop");
  const goodId = addComment(slug, asha.id, good, { minutesAgo: 3 });
  const junkId = addComment(slug, asha.id, junk, { minutesAgo: 2 });

  const reader = await CommentThreadPage.elsewhere(browser, null, story);
  await expect(reader.thread.section).toBeVisible();
  await expect(reader.thread.page.getByText(good)).toHaveCount(0);

  await signedIn(page, demoModerator, "/admin/moderation");
  const desk = new ModerationDesk(page);
  await desk.open({ author: asha.email });
  await expect(desk.queue("Pending")).toHaveText("Pending (2)");
  await expect(desk.row(good)).toContainText("New author");
  await expect(desk.row(good).getByRole("link", { name: "A story for the comment tests" })).toHaveAttribute("href", story);
  await desk.act(good, "Approve");
  await expect(desk.status).toHaveText("Approved: 1.");
  await expect(desk.row(good)).toHaveCount(0);
  await desk.act(junk, "Spam");
  await expect(desk.status).toHaveText("Marked as spam: 1.");
  await expect(desk.queue("Approved")).toHaveText("Approved (1)");
  await expect(desk.queue("Spam")).toHaveText("Spam (1)");
  expect([statusOf(goodId), statusOf(junkId)]).toEqual(["approved", "spam"]);

  await reader.thread.page.reload();
  await expect(reader.thread.comment(good)).toBeVisible();
  await expect(reader.thread.page.getByText(junk)).toHaveCount(0);
  await reader.close();

  await desk.queue("Approved").click();
  await desk.row(good).getByRole("link", { name: "Context" }).click();
  await expect(page.getByRole("heading", { name: `Comment #${goodId} in context` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Moderation history" })).toContainText("Approved by Meera Trivedi");
});

test("bulk approve: every comment ticked on the page is approved at once, and the audit log shows each", async ({ page }) => {
  const slug = `bulk-story-${Date.now()}`;
  addFreshStory(slug);
  const bharat = await createCommenter("Bharat Bulk");
  const texts = [1, 2, 3].map((n) => unique(`Bulk comment number ${n}`));
  const ids = texts.map((text, i) => addComment(slug, bharat.id, text, { minutesAgo: 10 - i }));

  await signedIn(page, demoModerator, "/admin/moderation");
  const desk = new ModerationDesk(page);
  await desk.open({ author: bharat.email });
  await expect(desk.rows).toHaveCount(3);
  await page.getByLabel("Select all on this page").check();
  for (const text of texts) await expect(desk.row(text).getByRole("checkbox")).toBeChecked();
  await desk.bulk("Approve selected");
  await expect(desk.status).toHaveText("Approved: 3.");
  await expect(page.getByText("Nothing in this queue.")).toBeVisible();
  expect(ids.map(statusOf)).toEqual(["approved", "approved", "approved"]);

  const admin = await page.context().browser()!.newContext();
  const adminPage = await admin.newPage();
  await signedIn(adminPage, demoAdmin, "/admin/audit");
  await adminPage.getByLabel("What").selectOption({ label: "Approved" });
  await adminPage.getByRole("button", { name: "Filter" }).click();
  for (const id of ids) await expect(adminPage.getByRole("link", { name: `#${id}`, exact: true })).toBeVisible();
  await expect(adminPage.getByRole("row").filter({ hasText: `#${ids[0]}` })).toContainText("Pending → Approved");
  await admin.close();
});

test("the desk works without JavaScript: one comment's button and a bulk action are plain form posts", async ({ browser }) => {
  const slug = `no-script-story-${Date.now()}`;
  addFreshStory(slug);
  const farah = await createCommenter("Farah NoScript");
  const [one, two, three] = [1, 2, 3].map((n) => unique(`Plain form comment ${n}`));
  const ids = [one, two, three].map((text, i) => addComment(slug, farah.id, text, { minutesAgo: 10 - i }));

  const withScript = await browser.newContext();
  await signedIn(await withScript.newPage(), demoModerator, "/admin/moderation");
  const noScript = await browser.newContext({ storageState: await withScript.storageState(), javaScriptEnabled: false });
  await withScript.close();
  const desk = new ModerationDesk(await noScript.newPage());
  await desk.open({ author: farah.email });
  await desk.row(one).getByRole("button", { name: "Approve", exact: true }).click();
  await expect(desk.status).toHaveText("Approved: 1.");
  await desk.page.getByLabel("Select all on this page").check();
  await desk.bulk("Reject selected");
  await expect(desk.status).toHaveText("Rejected: 2.");
  expect(ids.map(statusOf)).toEqual(["approved", "rejected", "rejected"]);
  await noScript.close();
});

test("keyboard shortcuts: j and k move, x selects, a approves, r rejects, s marks as spam", async ({ page }) => {
  const slug = `keyboard-story-${Date.now()}`;
  addFreshStory(slug);
  const chirag = await createCommenter("Chirag Keys");
  const [first, second, third] = [1, 2, 3].map((n) => unique(`Keyboard comment ${n}`));
  const ids = [first, second, third].map((text, i) => addComment(slug, chirag.id, text, { minutesAgo: 10 - i }));

  await signedIn(page, demoModerator, "/admin/moderation");
  const desk = new ModerationDesk(page);
  await desk.open({ author: chirag.email });
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText("j / k");
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText("only while the list of comments has focus");
  await expect(desk.row(first)).toHaveAttribute("aria-current", "true");

  // Outside the list a key is just a key.
  await page.keyboard.press("a");
  await expect(desk.rows).toHaveCount(3);
  await expect(desk.status).toHaveText("");

  await desk.row(first).focus();
  await page.keyboard.press("j");
  await expect(desk.row(second)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("x");
  await expect(desk.row(second).getByRole("checkbox")).toBeChecked();
  await page.keyboard.press("a");
  await expect(desk.status).toHaveText("Approved: 1.");
  await expect(desk.row(second)).toHaveCount(0);

  await expect(desk.row(third)).toHaveAttribute("aria-current", "true");
  await expect(desk.row(third)).toBeFocused();
  await page.keyboard.press("r");
  await expect(desk.status).toHaveText("Rejected: 1.");
  await expect(desk.rows).toHaveCount(1);
  await expect(desk.row(first)).toBeFocused();

  await page.keyboard.press("k");
  await page.keyboard.press("s");
  await expect(desk.status).toHaveText("Marked as spam: 1.");
  expect(ids.map(statusOf)).toEqual(["spam", "approved", "rejected"]);
});

test("a button on the desk also moves focus to the next comment", async ({ page }) => {
  const slug = `focus-story-${Date.now()}`;
  addFreshStory(slug);
  const hema = await createCommenter("Hema Focus");
  const [first, second] = [1, 2].map((n) => unique(`Focus comment ${n}`));
  [first, second].forEach((text, i) => addComment(slug, hema.id, text, { minutesAgo: 10 - i }));
  await signedIn(page, demoModerator, "/admin/moderation");
  const desk = new ModerationDesk(page);
  await desk.open({ author: hema.email });
  await desk.row(first).getByRole("button", { name: "Reject", exact: true }).click();
  await expect(desk.status).toHaveText("Rejected: 1.");
  await expect(desk.row(second)).toBeFocused();
});

test("a moderator can turn the one-key shortcuts off in their account settings", async ({ page }) => {
  const slug = `no-keys-story-${Date.now()}`;
  addFreshStory(slug);
  const ivan = await createCommenter("Ivan Nokeys");
  const text = unique("Shortcuts off comment");
  const id = addComment(slug, ivan.id, text);
  await signedIn(page, demoModerator, "/en/account");
  try {
    const settings = page.getByRole("form", { name: "Moderation desk" });
    await settings.getByRole("switch", { name: "One-key shortcuts on the moderation desk" }).uncheck();
    await settings.getByRole("button", { name: "Save shortcut setting" }).click();
    await expect(settings.getByText("One-key shortcuts are off.")).toBeVisible();

    const desk = new ModerationDesk(page);
    await desk.open({ author: ivan.email });
    await expect(page.getByText("One-key shortcuts are off.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Turn them on or off in your account settings" })).toHaveAttribute("href", "/en/account");
    await desk.row(text).focus();
    await page.keyboard.press("a");
    await expect(desk.row(text).getByRole("button", { name: "Approve", exact: true })).toBeEnabled();
    expect(statusOf(id)).toBe("pending");
  } finally {
    withDatabase((db) => db.prepare("update users set keyboard_shortcuts = 1 where email = ?").run(demoModerator.email));
  }
});

test.describe("the word lists", () => {
  const banned = "zorbleflux";
  const bannedGu = "મૂર્ખ";
  const suspect = "quuxlottery";

  test.afterAll(() => withDatabase((db) => db.prepare("delete from settings where key like 'moderation.%'").run()));

  test("banned-word comments are rejected and suspect-word comments held, with the reason shown on the desk", async ({ page, browser }) => {
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
    await expect(thread.status()).toHaveText("Your comment was not published: it contains words that are not allowed here. Please change it and try again.");
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

    const statuses = withDatabase((db) => db.prepare("select body, status, held_reason from comments where user_id = ? order by id").all(dev.id));
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

test("an admin bans a commenter, rejecting their comments, and the commenter's old session stops working", async ({ page, browser }) => {
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
  await expect(page.getByText("This is your own account: you cannot change your own role or ban yourself.")).toBeVisible();
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
  await expect(page.getByRole("navigation", { name: "વિભાગો", exact: true }).getByRole("link", { name: `હવામાન ${stamp}` })).toBeVisible();

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
