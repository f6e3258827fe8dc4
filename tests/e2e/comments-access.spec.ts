import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest } from "@playwright/test";
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
const closedSlug = "municipal-election-schedule-announced";
const closedStory = `/en/article/${closedSlug}`;
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

test("without JavaScript a signed-in reader still reads every approved comment and gets a link to sign in", async ({
  page,
  browser,
}) => {
  const asha = await createCommenter("Asha Shah");
  await new CommentThreadPage(page).signIn(asha, story);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const thread = new CommentThreadPage(await context.newPage());
  await thread.open(story);
  await expect(thread.comment(nishasComment().body)).toBeVisible();
  await expect(thread.section.getByRole("link", { name: "Sign in to comment" })).toBeVisible();
  await expect(thread.commentBox).toHaveCount(0);
  await context.close();
});

test("comments closed: no form, a note, and the server refuses a post even when the action is called directly", async ({
  page,
  baseURL,
}) => {
  const thread = new CommentThreadPage(page);
  await thread.open(closedStory);
  await expect(thread.section).toContainText("Comments are closed for this story.");
  await expect(thread.section.getByRole("link", { name: "Sign in to comment" })).toHaveCount(0);

  const asha = await createCommenter("Asha Shah");
  await thread.signIn(asha, story);
  const post = commentAction("postComment");
  const fields = { lang: "en", slug };
  const before = commentsOn("en", slug).length;

  const anonymous = await playwrightRequest.newContext({ baseURL });
  const anonymousText = unique("Posted by nobody");
  await postFormAction(anonymous, story, post, { ...fields, body: anonymousText });
  await anonymous.dispose();
  expect(commentByBody(anonymousText)).toBeUndefined();

  await thread.open(closedStory);
  await expect(thread.commentBox).toHaveCount(0);
  const closedText = unique("Posted on a closed story");
  await postFormAction(page.request, closedStory, post, { ...fields, slug: closedSlug, body: closedText });
  expect(commentByBody(closedText)).toBeUndefined();
  expect(commentsOn("en", closedSlug).filter((c) => c.user_id === asha.id)).toEqual([]);

  // The same direct call, signed in and on an open story, does reach the action: the refusals above are the action's own.
  const openText = unique("Posted directly on an open story");
  await postFormAction(page.request, story, post, { ...fields, body: openText });
  expect(commentByBody(openText)).toMatchObject({ user_id: asha.id, status: "pending" });
  expect(commentsOn("en", slug).length).toBe(before + 1);
});

test("one reader cannot edit or delete another's comment, even by calling the action directly", async ({
  asCommenter: page,
}) => {
  const thread = new CommentThreadPage(page);
  await page.goto(story);
  const own = unique("My own comment to get the edit and delete forms.");
  await thread.post(own);
  await expect(thread.comment(own)).toBeVisible();
  const victim = nishasComment();
  await expect(thread.comment(victim.body).getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(thread.comment(victim.body).getByText("Edit", { exact: true })).toHaveCount(0);

  const ownId = String(commentByBody(own)!.id);
  const place = { lang: "en", slug };
  await postFormAction(page.request, story, commentAction("editComment"), {
    ...place,
    commentId: String(victim.id),
    body: "Hijacked by someone else",
  });
  await postFormAction(page.request, story, commentAction("deleteComment"), { ...place, commentId: String(victim.id) });
  expect(commentByBody(victim.body)).toMatchObject({ id: victim.id, deleted_at: null, edited_at: null });
  expect(commentByBody("Hijacked by someone else")).toBeUndefined();

  await postFormAction(page.request, story, commentAction("deleteComment"), { ...place, commentId: ownId });
  expect(commentByBody(own)?.deleted_at).not.toBeNull();
});

test("a Gujarati reader sees the thread in Gujarati, with Gujarati initials and times", async ({ page }) => {
  const thread = new CommentThreadPage(page);
  await thread.open("/gu/article/ahmedabad-metro-bijo-tabakko-gandhinagar-sudhi");
  await expect(thread.heading).toHaveText("પ્રતિભાવો (2 પ્રતિભાવ)");
  await expect(thread.section.getByRole("link", { name: "પ્રતિભાવ આપવા માટે સાઇન ઇન કરો" })).toHaveAttribute(
    "href",
    "/gu/sign-in?next=%2Fgu%2Farticle%2Fahmedabad-metro-bijo-tabakko-gandhinagar-sudhi%23comments",
  );
  const first = thread.section.getByRole("article").first();
  await expect(first.locator("time")).toHaveText(/^\d{1,2} (નવેમ્બર|ડિસેમ્બર|જાન્યુઆરી|ઑક્ટોબર|\S+) \d{4}, \d{2}:\d{2}$/);
});

test("a long thread shows 50 comments a page, each page and order at its own cached address, without JavaScript too", async ({
  browser,
}) => {
  const path = addFreshStory(`long-thread-story-${Date.now()}`);
  const asha = await createCommenter("Asha Shah");
  withDatabase((db) => {
    const insert = db.prepare(
      "insert into comments (article_id, user_id, body, status, created_at) select id, ?, ?, 'approved', ? from articles where edition = 'en' and slug = ?",
    );
    const start = Date.now() - 3600_000;
    for (let i = 1; i <= 60; i++) insert.run(asha.id, `Comment number ${i}`, start + i * 1000, path.split("/").at(-1));
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const thread = new CommentThreadPage(await context.newPage());
  await thread.open(path);
  const topLevel = thread.section.locator(":scope > ol > li");
  await expect(thread.heading).toHaveText("Comments (60 comments)");
  await expect(topLevel).toHaveCount(50);
  await expect(topLevel.first()).toContainText("Comment number 1");

  await thread.section.getByRole("link", { name: "More comments" }).click();
  await expect(thread.page).toHaveURL(new RegExp(`${path}/comments/oldest/2#comments$`));
  await expect(topLevel).toHaveCount(10);
  await expect(topLevel.first()).toContainText("Comment number 51");
  await expect(thread.section.getByRole("link", { name: "More comments" })).toHaveCount(0);
  await expect(thread.section.getByRole("link", { name: "Previous comments" })).toBeVisible();

  await thread.section
    .getByRole("navigation", { name: "Order of comments" })
    .getByRole("link", { name: "Newest first" })
    .click();
  await expect(thread.page).toHaveURL(new RegExp(`${path}/comments/newest/1#comments$`));
  await expect(topLevel.first()).toContainText("Comment number 60");
  await context.close();
});

test("the comment section has no serious accessibility problems for a signed-in reader", async ({
  asCommenter: page,
}) => {
  const thread = new CommentThreadPage(page);
  await page.goto(story);
  await thread.comment(nishasComment().body).getByText("Report", { exact: true }).click();
  const results = await new AxeBuilder({ page })
    .include("#comments")
    .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(serious).toEqual([]);
});
