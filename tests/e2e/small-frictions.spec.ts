import { expect, test } from "../helpers/signed-in";
import { AccountPages } from "../helpers/account-pages";
import { addFreshStory, CommentThreadPage, createCommenter, withDatabase } from "../helpers/comment-thread";
import { addComment, ModerationDesk } from "../helpers/moderation-desk";
import { Newsroom } from "../helpers/newsroom";

test.describe.configure({ timeout: 90_000 });

let serial = 0;
const unique = (text: string) => `${text} (${Date.now().toString(36)}-${++serial})`;

// The test server asks for no least time on screen (FORM_STAMP_MIN_SECONDS=0, as a newsroom whose readers use
// password managers may set it); the 3-second rule itself is checked in tests/unit/small-frictions.test.ts.
test("a sign-up sent at once, as a password manager does, goes through when no least time is asked", async ({
  page,
}) => {
  const accounts = new AccountPages(page);
  const email = `quick-${Date.now()}@example.com`;
  await accounts.openSignUp();
  await accounts.field("Display name").fill("Quick Filler");
  await accounts.field("Email address").fill(email);
  await accounts.field("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(accounts.status).toContainText(`We have sent a message to ${email}`);
});

test.describe("a comment refused for a banned word", () => {
  test.beforeAll(() =>
    withDatabase((db) =>
      db
        .prepare("insert or replace into settings (key, value) values ('moderation.bannedWords', ?)")
        .run(JSON.stringify(["glorpnik"])),
    ),
  );
  test.afterAll(() =>
    withDatabase((db) => db.prepare("delete from settings where key = 'moderation.bannedWords'").run()),
  );

  test("can be corrected and sent again at once, without hitting the flood rule", async ({ browser }) => {
    const story = addFreshStory(`banned-word-retry-${Date.now()}`);
    const asha = await createCommenter("Asha Retry");
    const reader = await CommentThreadPage.elsewhere(browser, asha, story);
    await reader.thread.post(unique("What glorpnik nonsense"));
    await expect(reader.thread.status()).toContainText("Your comment was not published");
    await reader.thread.post(unique("What a muddled plan"));
    await expect(reader.thread.status()).toHaveText(
      "Thank you! Your comment will appear once a moderator approves it.",
    );
    await reader.close();
  });
});

test("a banned commenter's open tab is told about the ban, not asked to sign in", async ({ browser }) => {
  const story = addFreshStory(`banned-open-tab-${Date.now()}`);
  const bina = await createCommenter("Bina Banned");
  const reader = await CommentThreadPage.elsewhere(browser, bina, story);
  await expect(reader.thread.commentBox).toBeVisible();
  withDatabase((db) =>
    db
      .prepare("update users set banned_until = ?, session_version = session_version + 1 where id = ?")
      .run(Date.now() + 86_400_000, bina.id),
  );
  await reader.thread.post("Still here after the ban?");
  await expect(reader.thread.status()).toHaveText("Your account cannot post comments at the moment.");
  await reader.close();
});

test("banning one author from the desk says “1 author” and “1 comment”, in English and in Gujarati", async ({
  asAdmin: page,
}) => {
  const slug = `ban-plural-${Date.now()}`;
  addFreshStory(slug);
  const first = await createCommenter("Chirag Plural");
  const second = await createCommenter("Dipti Plural");
  const one = unique("A comment from the first author");
  const two = unique("A comment from the second author");
  addComment(slug, first.id, one);
  addComment(slug, second.id, two);

  await page.goto("/admin");
  const desk = new ModerationDesk(page);
  await desk.open({ author: first.email });
  await desk.act(one, "Ban author");
  await expect(page.getByText("Banned 1 author; rejected 1 comment.")).toBeVisible();

  await new Newsroom(page).switchToGujarati();
  await desk.open({ author: second.email });
  await desk.act(two, "Ban author");
  await expect(page.getByText("1 લેખક પર પ્રતિબંધ; 1 પ્રતિભાવ નામંજૂર.")).toBeVisible();
});

test("a tag with no stories left answers 404, one with a story 200", async ({ request }) => {
  const stamp = Date.now();
  withDatabase((db) => {
    const story = (slug: string, deleted: number | null) =>
      db
        .prepare(
          `insert into articles (edition, slug, title, category_id, author_id, status, published_at, updated_at, deleted_at)
       select 'en', ?, 'A tagged story', category_id, author_id, 'published', published_at, updated_at, ? from articles where edition = 'en' and status = 'published' limit 1 returning id`,
        )
        .get(slug, deleted) as { id: number };
    const tag = (slug: string) =>
      db.prepare("insert into tags (edition, slug, name) values ('en', ?, ?) returning id").get(slug, slug) as {
        id: number;
      };
    db.prepare("insert into article_tags (article_id, tag_id) values (?, ?)").run(
      story(`tag-gone-${stamp}`, stamp).id,
      tag(`emptied-${stamp}`).id,
    );
    db.prepare("insert into article_tags (article_id, tag_id) values (?, ?)").run(
      story(`tag-kept-${stamp}`, null).id,
      tag(`kept-${stamp}`).id,
    );
  });
  expect((await request.get(`/en/tag/emptied-${stamp}`)).status()).toBe(404);
  expect((await request.get(`/en/tag/kept-${stamp}`)).status()).toBe(200);
});
