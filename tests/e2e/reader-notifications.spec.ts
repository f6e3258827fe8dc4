import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../helpers/signed-in";
import { createCommenter } from "../helpers/comment-thread";
import { demoModerator, ModerationDesk } from "../helpers/moderation-desk";
import { signIn } from "../helpers/sign-in";
import { addReaderComment, addStory, breakOutbox, mailsFor, mailTo, outboxFor } from "../helpers/reader-mail";

// Each test signs in a moderator and waits for the sender loop: generous on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

let serial = 0;
const unique = (text: string) => `${text} (${Date.now().toString(36)}-${++serial})`;
const storyTitle = "A story for the reader-mail tests";

/** The moderator approves, on the desk, the comment with this text by this author. */
async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

async function approveOnDesk(page: Page, authorEmail: string, text: string) {
  const desk = new ModerationDesk(page);
  await desk.open({ author: authorEmail });
  await desk.act(text, "Approve");
  await expect(desk.status).toHaveText("Approved: 1.");
}

test("a reader's comment approved on the desk reaches them by mail in the story's language, linking to the comment", async ({
  asEditor: page,
}) => {
  const slug = `gu-mail-story-${Date.now()}`;
  addStory("gu", slug, "નવા બસ રૂટની જાહેરાત");
  const reader = await createCommenter("Asha Mail");
  const body = unique("બસ રૂટ વિશે સરસ માહિતી");
  const id = addReaderComment("gu", slug, reader.id, body);

  await page.goto("/admin/moderation");
  await approveOnDesk(page, reader.email, body);

  const mail = await mailTo(reader.email, "પ્રકાશિત");
  expect(mail.subject).toBe("“નવા બસ રૂટની જાહેરાત” પરનો તમારો પ્રતિભાવ પ્રકાશિત થયો છે");
  expect(mail.text).toContain("નમસ્તે Asha Mail");
  const link = `${process.env.SITE_URL}/gu/article/${slug}#comment-${id}`;
  expect(mail.text).toContain(link);
  expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

  await page.goto(link);
  await expect(page.locator(`#comment-${id}`)).toContainText(body);
});

test("a reply approved on the desk mails the author of the comment it answers, and never the replier about a reply", async ({
  asEditor: page,
}) => {
  const slug = `reply-mail-story-${Date.now()}`;
  addStory("en", slug, storyTitle);
  const asha = await createCommenter("Asha Parent");
  const bharat = await createCommenter("Bharat Replier");
  const parent = addReaderComment("en", slug, asha.id, unique("The new route skips our stop."), "approved");
  const replyText = unique("It stops there from Monday, says the notice.");
  const reply = addReaderComment("en", slug, bharat.id, replyText, "pending", parent);

  await page.goto("/admin/moderation");
  await approveOnDesk(page, bharat.email, replyText);

  const toParent = await mailTo(asha.email, "replied to your comment");
  expect(toParent.subject).toBe(`Bharat Replier replied to your comment on “${storyTitle}”`);
  expect(toParent.text).toContain(`> ${replyText}`);
  expect(toParent.text).toContain(`${process.env.SITE_URL}/en/article/${slug}#comment-${reply}`);
  await mailTo(bharat.email, "is published");
  expect(outboxFor(bharat.id).map((row) => row.kind)).toEqual(["comment-approved"]);
  expect(mailsFor(bharat.email)).toHaveLength(1);
});

test("the unsubscribe links in a mail work without signing in, and the account page shows both switches off", async ({
  page,
  browser,
  playwright,
}) => {
  const slug = `unsubscribe-story-${Date.now()}`;
  addStory("en", slug, storyTitle);
  const asha = await createCommenter("Asha Unsubscribes");
  const bharat = await createCommenter("Bharat Answers");
  const own = unique("My first comment here.");
  addReaderComment("en", slug, asha.id, own);
  const parent = addReaderComment("en", slug, asha.id, unique("An earlier comment."), "approved");
  const replyText = unique("A reply to Asha.");
  addReaderComment("en", slug, bharat.id, replyText, "pending", parent);

  await signIn(page, demoModerator, "/admin/moderation");
  await approveOnDesk(page, asha.email, own);
  await approveOnDesk(page, bharat.email, replyText);
  const approvedMail = await mailTo(asha.email, "is published");
  const replyMail = await mailTo(asha.email, "replied to your comment");

  // A person opens the link in the mail's text in a browser that is signed in to nothing.
  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  const pageLink = approvedMail.text.match(/https?:\/\/\S+\/en\/unsubscribe\?\S+/)![0];
  await visitor.goto(pageLink.replace(/sig=./, "sig=X"));
  await expect(visitor.getByText("This unsubscribe link is not valid")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Stop these emails" })).toHaveCount(0);
  await visitor.goto(pageLink);
  await expect(visitor.getByRole("heading", { name: "Stop emails", level: 1 })).toBeVisible();
  await expect(visitor.getByText("Stop the emails telling you that a moderator approved your comment?")).toBeVisible();
  expect(await seriousAccessibilityProblems(visitor)).toEqual([]);
  await visitor.getByRole("button", { name: "Stop these emails" }).click();
  await expect(
    visitor.getByText("Done: you will no longer get an email when a moderator approves your comment."),
  ).toBeVisible();
  await stranger.close();

  // A mail program uses the List-Unsubscribe header: one POST, no cookies (RFC 8058).
  const oneClick = replyMail.headers!["List-Unsubscribe"].slice(1, -1);
  const mailProgram = await playwright.request.newContext();
  const answer = await mailProgram.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  expect(answer.status()).toBe(200);
  expect(await answer.text()).toBe("Done: you will no longer get an email when someone replies to your comment.");
  expect((await mailProgram.post(oneClick.replace(/user=\d+/, `user=${bharat.id}`))).status()).toBe(400);
  await mailProgram.dispose();

  const reader = await browser.newContext();
  const own2 = await reader.newPage();
  await signIn(own2, asha, "/en/account");
  await expect(own2.getByRole("switch", { name: "When a moderator approves my comment" })).not.toBeChecked();
  await expect(own2.getByRole("switch", { name: "When someone replies to my comment" })).not.toBeChecked();
  await reader.close();
});

test("the mail switches on the account page start on, are saved with a message in each edition, and are obeyed", async ({
  page,
  browser,
}) => {
  const reader = await createCommenter("Chetan Chooses");
  await signIn(page, reader, "/en/account");
  const settings = page.getByRole("form", { name: "Email about your comments" });
  const approved = settings.getByRole("switch", { name: "When a moderator approves my comment" });
  const replies = settings.getByRole("switch", { name: "When someone replies to my comment" });
  await expect(approved).toBeChecked();
  await expect(replies).toBeChecked();
  await approved.uncheck();
  await settings.getByRole("button", { name: "Save email settings" }).click();
  await expect(settings.getByText("Your email settings have been saved.")).toBeVisible();
  await page.reload();
  await expect(approved).not.toBeChecked();
  await expect(replies).toBeChecked();

  await page.goto("/gu/account");
  const gu = page.getByRole("form", { name: "તમારા પ્રતિભાવો વિશે ઇમેઇલ" });
  await expect(gu.getByRole("switch", { name: "મૉડરેટર મારો પ્રતિભાવ મંજૂર કરે ત્યારે" })).not.toBeChecked();
  await gu.getByRole("switch", { name: "કોઈ મારા પ્રતિભાવનો જવાબ આપે ત્યારે" }).uncheck();
  await gu.getByRole("button", { name: "ઇમેઇલની પસંદગી સાચવો" }).click();
  await expect(gu.getByText("તમારી ઇમેઇલની પસંદગી સાચવવામાં આવી છે.")).toBeVisible();
  expect(await seriousAccessibilityProblems(page)).toEqual([]);

  const slug = `quiet-story-${Date.now()}`;
  addStory("en", slug, storyTitle);
  const body = unique("Please do not mail me about this.");
  addReaderComment("en", slug, reader.id, body);
  const desk = await browser.newContext();
  const moderator = await desk.newPage();
  await signIn(moderator, demoModerator, "/admin/moderation");
  await approveOnDesk(moderator, reader.email, body);
  await desk.close();
  expect(outboxFor(reader.id)).toEqual([]);
});

test("a mail store that is down does not fail the approval, and the mail goes out once it is back", async ({
  asEditor: page,
}) => {
  const slug = `mail-down-story-${Date.now()}`;
  addStory("en", slug, storyTitle);
  const reader = await createCommenter("Dina Waits");
  const body = unique("Approved while the mail was down.");
  addReaderComment("en", slug, reader.id, body);
  await page.goto("/admin/moderation");

  const repair = breakOutbox();
  try {
    await approveOnDesk(page, reader.email, body);
    await expect.poll(() => outboxFor(reader.id)[0]?.attempts ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(outboxFor(reader.id)[0]).toMatchObject({
      kind: "comment-approved",
      state: "pending",
      last_error: expect.stringMatching(/EPERM|EACCES/),
    });
    expect(mailsFor(reader.email)).toEqual([]);
  } finally {
    repair();
  }
  await mailTo(reader.email, "is published");
  expect(outboxFor(reader.id)[0]).toMatchObject({ state: "sent", last_error: null });
});
