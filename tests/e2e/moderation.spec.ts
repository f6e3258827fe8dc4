import { expect, test } from "@playwright/test";
import { addFreshStory, CommentThreadPage, createCommenter, withDatabase } from "../helpers/comment-thread";
import { addComment, demoAdmin, demoModerator, ModerationDesk, statusOf } from "../helpers/moderation-desk";
import { Newsroom } from "../helpers/newsroom";

// Each test signs in two or three people and waits on several round trips: generous on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

let serial = 0;
const unique = (text: string) => `${text} (${Date.now().toString(36)}-${++serial})`;

async function signedIn(page: import("@playwright/test").Page, who: { email: string; password: string }, next: string) {
  await new Newsroom(page).signIn(who, next);
}

test("a comment moves from pending to approved and appears for readers; another goes to spam and never shows", async ({
  page,
  browser,
}) => {
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
  await expect(desk.row(good).getByRole("link", { name: "A story for the comment tests" })).toHaveAttribute(
    "href",
    story,
  );
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

test("bulk approve: every comment ticked on the page is approved at once, and the audit log shows each", async ({
  page,
}) => {
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

test("the desk works without JavaScript: one comment's button and a bulk action are plain form posts", async ({
  browser,
}) => {
  const slug = `no-script-story-${Date.now()}`;
  addFreshStory(slug);
  const farah = await createCommenter("Farah NoScript");
  const [one, two, three] = [1, 2, 3].map((n) => unique(`Plain form comment ${n}`));
  const ids = [one, two, three].map((text, i) => addComment(slug, farah.id, text, { minutesAgo: 10 - i }));

  const withScript = await browser.newContext();
  await signedIn(await withScript.newPage(), demoModerator, "/admin/moderation");
  const noScript = await browser.newContext({
    storageState: await withScript.storageState(),
    javaScriptEnabled: false,
  });
  await withScript.close();
  const desk = new ModerationDesk(await noScript.newPage());
  await desk.open({ author: farah.email });
  await desk.button(one, "Approve").click();
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
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText(
    "only while the list of comments has focus",
  );
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
  await desk.button(first, "Reject").click();
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
    await expect(page.getByRole("link", { name: "Turn them on or off in your account settings" })).toHaveAttribute(
      "href",
      "/en/account",
    );
    await desk.row(text).focus();
    await page.keyboard.press("a");
    await expect(desk.button(text, "Approve")).toBeEnabled();
    expect(statusOf(id)).toBe("pending");
  } finally {
    withDatabase((db) =>
      db.prepare("update users set keyboard_shortcuts = 1 where email = ?").run(demoModerator.email),
    );
  }
});
