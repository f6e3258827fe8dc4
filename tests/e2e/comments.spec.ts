import { expect, test } from "../helpers/signed-in";
import {
  addFreshStory,
  CommentThreadPage,
  commentByBody,
  commentsOn,
  createCommenter,
  demoReader,
  letTimePass,
  withDatabase,
} from "../helpers/comment-thread";
import { commentAction, postFormAction } from "../helpers/server-action";

const slug = "ahmedabad-metro-phase-two-opens";
const story = `/en/article/${slug}`;
let serial = 0;
const unique = (text: string) => `${text} (${Date.now().toString(36)}-${++serial})`;

const userId = (email: string) =>
  withDatabase((db) => (db.prepare("select id from users where email = ?").get(email) as { id: number }).id);
/** The first comment Nisha left under the story: someone else's comment for the demo reader. */
const nishasComment = () =>
  commentsOn("en", slug).find(
    (c) => c.user_id === userId("nisha@khabarsetu.test") && c.parent_id === null && c.deleted_at === null,
  )!;

test.beforeEach(() => letTimePass(userId(demoReader.email)));

test("an anonymous reader is asked to sign in and comes back to the same article", async ({ page }) => {
  const thread = new CommentThreadPage(page);
  await thread.open(story);
  await expect(thread.commentBox).toHaveCount(0);
  await thread.section.getByRole("link", { name: "Sign in to comment" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
  await page.getByLabel("Email address").fill(demoReader.email);
  await page.getByLabel("Password", { exact: true }).fill(demoReader.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${story}#comments`);
  await expect(thread.commentBox).toBeVisible();
  await expect(thread.section).toContainText("Commenting as Ravi Joshi");
});

test("a new commenter's comment awaits moderation and only they can see it", async ({ page, browser }) => {
  test.setTimeout(60_000); // three readers sign in
  const asha = await createCommenter("Asha Shah");
  const thread = new CommentThreadPage(page);
  await thread.signIn(asha, story);
  await page.evaluate(() => Object.assign(window, { samePage: true }));

  const text = unique("Will the metro run late on match days?");
  await thread.commentBox.fill(text);
  await expect(thread.newCommentForm).toContainText(`${text.length} / 5000 characters`);
  await thread.postButton.click();
  await expect(thread.status()).toHaveText("Thank you! Your comment will appear once a moderator approves it.");
  await expect(thread.comment(text)).toContainText("Awaiting moderation");
  await expect(thread.comment(text)).toContainText("Asha Shah");
  await expect(thread.commentBox).toHaveValue("");
  expect(await page.evaluate(() => "samePage" in window)).toBe(true);
  expect(commentByBody(text)).toMatchObject({ status: "pending", user_id: asha.id });

  const bharat = await CommentThreadPage.elsewhere(browser, await createCommenter("Bharat Rao"), story);
  await expect(bharat.thread.commentBox).toBeVisible();
  await expect(bharat.thread.page.getByText(text)).toHaveCount(0);
  await bharat.close();

  const anonymous = await CommentThreadPage.elsewhere(browser, null, story);
  await expect(anonymous.thread.section).toBeVisible();
  await expect(anonymous.thread.page.getByText(text)).toHaveCount(0);
  await anonymous.close();
});

test("an approved comment shows to everyone, with its author, initials and time", async ({ page, browser }) => {
  const fresh = `approved-comment-story-${Date.now()}`;
  const path = addFreshStory(fresh);
  const asha = await createCommenter("Asha Shah");
  const text = unique("Approved by the moderators.\nSecond line with https://example.com/more");
  withDatabase((db) =>
    db
      .prepare(
        "insert into comments (article_id, user_id, body, status, created_at) select id, ?, ?, 'approved', ? from articles where edition = 'en' and slug = ?",
      )
      .run(asha.id, text, Date.now() - 5 * 60_000, fresh),
  );

  const anonymous = new CommentThreadPage(page);
  await anonymous.open(path);
  await expect(anonymous.heading).toHaveText("Comments (1 comment)");
  const comment = anonymous.section.getByRole("article", { name: "Asha Shah" });
  await expect(comment).toContainText("Approved by the moderators.");
  await expect(comment).toContainText("AS");
  // An absolute India time: the page is cached, so "5 minutes ago" would go stale.
  await expect(comment.locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
  await expect(comment.locator("time")).toHaveAttribute("datetime", /\+05:30$/);
  await expect(comment.getByRole("link", { name: "https://example.com/more" })).toHaveAttribute(
    "rel",
    "nofollow ugc noopener",
  );
  await expect(comment).not.toContainText("Awaiting moderation");

  const bharat = await CommentThreadPage.elsewhere(browser, await createCommenter("Bharat Rao"), path);
  await expect(bharat.thread.section.getByRole("article", { name: "Asha Shah" })).toContainText(
    "Approved by the moderators.",
  );
  await bharat.close();
});

test("a commenter replies, edits the reply within the window and deletes it", async ({ asCommenter: page }) => {
  const thread = new CommentThreadPage(page);
  await page.goto(story);
  const parent = nishasComment();

  const reply = unique("Agreed, the feeder buses matter most.");
  await thread.reply(parent.body, reply);
  const replyItem = page.locator(`#comment-${parent.id} ol`).getByRole("article").filter({ hasText: reply });
  await expect(replyItem).toBeVisible();
  expect(commentByBody(reply)).toMatchObject({ parent_id: parent.id, status: "approved" });

  const edited = unique("Agreed, the feeder buses and parking matter most.");
  await thread.edit(reply, edited);
  await expect(thread.comment(edited)).toContainText("(edited)");
  expect(commentByBody(edited)?.edited_at).not.toBeNull();

  await thread.remove(edited);
  await expect(thread.section.getByText(edited)).toHaveCount(0);
  expect(commentByBody(edited)?.deleted_at).not.toBeNull();
});

test("a reader reports someone else's comment with a reason, once", async ({ asCommenter: page }) => {
  const thread = new CommentThreadPage(page);
  await page.goto(story);
  const target = nishasComment();
  await thread.report(target.body, "Off-topic", "Nothing to do with the story.");
  await expect(thread.comment(target.body).getByRole("status")).toHaveText(
    "Thank you. A moderator will look at this comment.",
  );
  const report = withDatabase((db) =>
    db
      .prepare("select * from comment_reports where comment_id = ? and reporter_id = ?")
      .get(target.id, userId(demoReader.email)),
  );
  expect(report).toMatchObject({ reason: "off-topic", note: "Nothing to do with the story." });

  await page.reload();
  await thread.report(target.body, "Spam");
  await expect(thread.comment(target.body).getByRole("status")).toHaveText("You have already reported this comment.");
});

test("a second comment straight away is refused as too quick, and the same text twice as a duplicate, keeping what was typed", async ({
  asCommenter: page,
}) => {
  const thread = new CommentThreadPage(page);
  await page.goto(story);
  const first = unique("First thought on the metro.");
  await thread.post(first);
  await expect(thread.comment(first)).toBeVisible();

  const second = unique("Second thought, too soon.");
  await thread.post(second);
  await expect(thread.status()).toHaveText(
    /^You are commenting too quickly\. Please wait \d+ seconds and try again\.$/,
  );
  await expect(thread.commentBox).toHaveValue(second);

  letTimePass(userId(demoReader.email));
  await thread.post(first);
  await expect(thread.status()).toHaveText("You have already posted this comment on this story.");
  await expect(thread.commentBox).toHaveValue(first);
});

test("two comments sent at the same moment by one reader: one is saved, the other refused as too quick", async ({
  asCommenter: page,
}) => {
  await page.goto(story);
  const post = commentAction("postComment");
  const texts = [unique("Sent twice at once, first"), unique("Sent twice at once, second")];
  const answers = await Promise.all(
    texts.map((body) => postFormAction(page.request, story, post, { lang: "en", slug, body })),
  );
  const bodies = await Promise.all(answers.map((answer) => answer.text()));
  expect(texts.filter((text) => commentByBody(text))).toHaveLength(1);
  expect(bodies.filter((body) => body.includes("You are commenting too quickly"))).toHaveLength(1);
});
