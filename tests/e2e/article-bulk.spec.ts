import { expect, test } from "../helpers/signed-in";
import { en } from "../../lib/i18n/en";
import { gu } from "../../lib/i18n/gu";
import { ArticleList, auditActionsFor, insertDrafts, postBulk } from "../helpers/article-list";
import { databaseChecksum, demoCommenter, demoEditor, Newsroom } from "../helpers/newsroom";
import { actionId } from "../helpers/server-action";

test.describe.configure({ timeout: 90_000 });

const word = () => `bulkword${Date.now().toString(36)}`;
const bulkAction = () => actionId("app/admin/articles/bulk-actions.ts", "bulkChangeArticles");

test("an editor publishes, unpublishes, deletes and restores several stories with one confirmation each, and readers see each change on the next request", async ({
  asEditor: page,
  browser,
}) => {
  const key = word();
  const [a, b, c] = insertDrafts([
    { title: `Tram line survey ${key}`, edition: "en" },
    { title: `Stepwell restoration ${key}`, edition: "en" },
    { title: "નવી બસ સેવા", edition: "gu", body: `બસ સેવા ${key}` },
  ]);
  const reader = await (await browser.newContext()).newPage();
  const readerSees = async (story: { slug: string; edition: string }, status: number) =>
    expect((await reader.goto(`/${story.edition}/article/${story.slug}`))?.status()).toBe(status);
  await readerSees(a, 404);
  await reader.goto("/en/category/gujarat");
  await expect(reader.getByRole("link", { name: `Tram line survey ${key}` })).toHaveCount(0);

  await page.goto(`/admin/articles?q=${key}`);
  const list = new ArticleList(page);
  await expect(page.getByRole("checkbox", { name: /^Select “/ })).toHaveCount(3);

  await list.tickAll();
  await expect(page.getByText("3 selected")).toBeVisible();
  await list.apply("publish", "Publish 3 articles?");
  await expect(list.status).toHaveText("Published 3 articles.");
  for (const story of [a, b, c]) await readerSees(story, 200);
  await reader.goto("/en/category/gujarat");
  await expect(reader.getByRole("link", { name: `Tram line survey ${key}` }).first()).toBeVisible();

  await list.tick(`Tram line survey ${key}`);
  await list.tick(`Stepwell restoration ${key}`);
  await list.apply("unpublish", "Unpublish 2 articles?");
  await expect(list.status).toHaveText("Unpublished 2 articles.");
  await readerSees(a, 404);
  await readerSees(b, 404);
  await readerSees(c, 200);

  await list.tickAll();
  await list.apply("delete", "Delete 3 articles?");
  await expect(list.status).toHaveText("Deleted 3 articles.");
  await readerSees(c, 404);
  await page.goto(`/admin/articles?state=deleted&q=${key}`);
  await expect(page.getByRole("checkbox", { name: /^Select “/ })).toHaveCount(3);

  await list.tickAll();
  await list.apply("restore", "Restore 3 articles?");
  await expect(list.status).toHaveText("Restored 3 articles.");
  await readerSees(c, 200);
  await readerSees(a, 404);

  expect(auditActionsFor([a.id, b.id, c.id]).sort()).toEqual([
    ...Array(3).fill("story-delete"),
    ...Array(3).fill("story-publish"),
    ...Array(3).fill("story-restore"),
    ...Array(2).fill("story-unpublish"),
  ]);
  await reader.context().close();
});

test("the newsroom working in Gujarati is asked and answered in Gujarati, singular and plural, with stories left as they were counted", async ({
  asEditor: page,
}) => {
  const key = word();
  const [first] = insertDrafts([
    { title: `Ferry pier ${key}`, edition: "en" },
    { title: "દરિયાકાંઠો", edition: "gu", body: `દરિયાકાંઠો ${key}` },
  ]);
  await page.goto(`/admin/articles?q=${key}`);
  await page.context().addCookies([{ name: "admin-lang", value: "gu", url: page.url() }]);
  await page.reload();
  const t = gu.admin.articles.bulk;
  const list = new ArticleList(page, t);

  await list.tick(`Ferry pier ${key}`);
  await list.apply("publish", t.confirm.publish.one);
  await expect(list.status).toHaveText(t.done.publish.one);
  expect((await page.request.get(`/en/article/${first.slug}`)).status()).toBe(200);

  await list.tickAll();
  await list.apply("publish", t.confirm.publish.many.replace("{count}", "2"));
  await expect(list.status).toHaveText(`${t.done.publish.one} ${t.skipped.one}`);
});

test("a commenter is refused the bulk action, and forged selections are refused whole, never with a server error", async ({
  page,
  browser,
}) => {
  const [story] = insertDrafts([{ title: `Forged selection ${word()}`, edition: "en" }]);
  const commenter = await browser.newContext();
  const commenterPage = await commenter.newPage();
  await new Newsroom(commenterPage).signIn(demoCommenter, "/en/account");
  expect((await commenterPage.goto("/admin/articles"))?.status()).toBe(403);
  const before = databaseChecksum();
  const refused = await postBulk(commenter.request, bulkAction(), "delete", [String(story.id)]);
  // The action answers with the refusal sentence; the newsroom page around it may already have answered 403.
  if (refused.status() !== 403) expect(await refused.text()).toContain(en.account.accessDenied.forbidden);
  expect(databaseChecksum()).toBe(before);
  await commenter.close();

  await new Newsroom(page).signIn(demoEditor, "/admin/articles");
  const r = en.admin.articles.bulk.refused;
  for (const [ids, message] of [
    [[String(story.id), "99999999"], r.unknown],
    [Array.from({ length: 101 }, (_, i) => String(i + 1)), r.tooMany],
    [[String(story.id), "1 or 1=1"], r.invalid],
    [["-3"], r.invalid],
    [[], r.nothingSelected],
  ] as const) {
    const response = await postBulk(page.request, bulkAction(), "delete", [...ids]);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(message);
  }
  expect((await postBulk(page.request, bulkAction(), "obliterate", [String(story.id)])).status()).toBe(200);
  expect(databaseChecksum()).toBe(before);

  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.locator("#bulk-status")).toHaveText("Tick at least one article first.");
});
