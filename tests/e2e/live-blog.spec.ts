import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "../helpers/signed-in";
import { liveSlugs } from "../../db/seed/live";
import { gu } from "../../lib/i18n/gu";
import { addStoryToCoverLive, LiveDesk, liveUpdateRows, storyId } from "../helpers/live-desk";
import { demoCommenter, demoEditor, Newsroom } from "../helpers/newsroom";
import { actionId, postFormAction } from "../helpers/server-action";

test.describe.configure({ timeout: 120_000 });

const livePage = `/en/article/${liveSlugs.en}`;
const liveJson = `${livePage}/live.json`;
const liveAction = (name: string) => actionId("app/admin/articles/[id]/live/actions.ts", name);
type Feed = {
  state: string;
  endsAt: number | null;
  pinned: { id: number } | null;
  updates: { id: number; headline: string | null; html: string }[];
};

test("a reader's open live page offers an editor's new update without reloading, from a shared cached JSON", async ({
  asEditor: page,
  browser,
  request,
}) => {
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(livePage);
  const updates = readerPage.getByRole("region", { name: "Live updates" });
  await expect(updates.getByText("LIVE", { exact: true })).toBeVisible();
  await expect(updates.getByRole("article").first()).toContainText(/\d{2}:\d{2} IST/);
  // Survives only if the page is never reloaded.
  await readerPage.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

  const headline = `Fifty for Dodiya ${Date.now()}`;
  const desk = new LiveDesk(page);
  await page.goto("/en");
  await desk.open(storyId("en", liveSlugs.en));
  await desk.publish("Mehul Dodiya reaches **fifty** with a sweep for four.", headline);
  await expect(desk.newUpdate.getByText("The update is published.")).toBeVisible();

  const json = await request.get(liveJson);
  expect(json.status()).toBe(200);
  expect(json.headers()["cache-control"]).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+$/);
  expect(json.headers()["set-cookie"]).toBeUndefined();
  const feed = (await json.json()) as Feed;
  expect(feed.updates[0]).toMatchObject({
    headline,
    html: "<p>Mehul Dodiya reaches <strong>fifty</strong> with a sweep for four.</p>\n",
  });
  expect((await request.get(liveJson)).headers()["x-page-cache"]).toBe("HIT");
  const article = await request.get(livePage);
  expect(article.headers()["cache-control"]).toMatch(/^public, s-maxage=\d+/);
  expect(await article.text()).toContain(headline);

  const prompt = readerPage.getByRole("button", { name: /^1 new update · Show$/ });
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await expect(updates.getByRole("heading", { name: headline })).toHaveCount(0);
  await prompt.click();
  const added = updates.getByRole("article").filter({ has: readerPage.getByRole("heading", { name: headline }) });
  await expect(added).toBeVisible();
  await expect(added.getByRole("link", { name: /IST$/ })).toHaveAttribute("href", `#update-${feed.updates[0].id}`);
  expect(await readerPage.evaluate(() => "stillTheSamePage" in window)).toBe(true);
  await reader.close();
});

test("a live page carries LiveBlogPosting data, and readers without JavaScript see its updates", async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/gu/article/${liveSlugs.gu}`);
  const updates = page.getByRole("region", { name: gu.live.heading });
  await expect(updates.getByText(gu.live.badge, { exact: true })).toBeVisible();
  await expect(updates.getByRole("heading", { name: "અત્યારની સ્થિતિ" })).toBeVisible();
  await expect(updates.getByText(gu.live.pinned, { exact: true })).toBeVisible();
  expect(await updates.getByRole("article").count()).toBeGreaterThanOrEqual(6);

  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    "@graph": Record<string, unknown>[];
  };
  const posting = data["@graph"][0];
  expect(posting["@type"]).toBe("LiveBlogPosting");
  expect(posting.coverageStartTime).toMatch(/\+05:30$/);
  expect(posting.coverageEndTime).toBeUndefined();
  const entries = posting.liveBlogUpdate as { "@type": string; url: string; datePublished: string }[];
  expect(entries.length).toBeGreaterThanOrEqual(6);
  expect(entries[0]).toMatchObject({ "@type": "BlogPosting", url: expect.stringMatching(/#update-\d+$/) });
  await context.close();

  const plain = await request.get("/en/article/ahmedabad-metro-phase-two-opens");
  expect(await plain.text()).toContain('"@type":"NewsArticle"');
  expect((await request.get("/en/article/ahmedabad-metro-phase-two-opens/live.json")).status()).toBe(404);
  expect((await request.get("/en/article/no-such-story/live.json")).status()).toBe(404);
});

test("an editor starts live coverage of a story, the home page labels it, and ending it shows at once", async ({
  asEditor: page,
  request,
}) => {
  const slug = `flood-watch-${Date.now()}`;
  const title = `Flood watch on the Sabarmati ${Date.now()}`;
  const id = addStoryToCoverLive(slug, title);
  const desk = new LiveDesk(page);
  await page.goto("/en");
  await desk.open(id);
  await expect(desk.newUpdate.getByText("Start live coverage to add updates.")).toBeVisible();
  await desk.coverage.getByRole("button", { name: "Start live coverage" }).click();
  await expect(desk.coverage.getByText("Live coverage is on.")).toBeVisible();
  await desk.publish("The river is 2 metres below the danger mark at Subhash Bridge.");
  await expect(desk.newUpdate.getByText("The update is published.")).toBeVisible();

  await page.goto("/en");
  await expect(page.getByRole("heading", { name: `LIVE ${title}` })).toBeVisible();
  await page.goto(`/en/article/${slug}`);
  await expect(page.getByText("The river is 2 metres below the danger mark at Subhash Bridge.")).toBeVisible();

  await desk.open(id);
  await desk.coverage.getByRole("button", { name: "End live coverage now" }).click();
  await expect(desk.coverage.getByText("Live coverage has ended.")).toBeVisible();
  const feed = (await (await request.get(`/en/article/${slug}/live.json`)).json()) as Feed;
  expect(feed.state).toBe("ended");
  await page.goto(`/en/article/${slug}`);
  const updates = page.getByRole("region", { name: "Live updates" });
  await expect(updates.getByText(/^Live coverage ended /)).toBeVisible();
  await expect(updates.getByText("LIVE", { exact: true })).toHaveCount(0);
  const ld = await page.locator('script[type="application/ld+json"]').textContent();
  expect(ld).toContain('"coverageEndTime"');
});

test("the live desk refuses an empty or oversized update, another story's update and anyone who is not an editor", async ({
  page,
  baseURL,
}) => {
  const id = storyId("en", liveSlugs.en);
  const desk = new LiveDesk(page);
  await new Newsroom(page).signIn(demoEditor, "/en");
  await desk.open(id);
  const before = liveUpdateRows(id).length;

  await desk.publish("   ");
  await expect(desk.newUpdate.getByText("This field is required.")).toBeVisible();
  await desk.publish("x".repeat(10_001));
  await expect(desk.newUpdate.getByText("This is too long: at most 10000 characters.")).toBeVisible();
  await expect(desk.newUpdate.getByLabel("Update (Markdown)")).toHaveValue("x".repeat(10_001));
  expect(liveUpdateRows(id)).toHaveLength(before);

  const otherStory = storyId("gu", liveSlugs.gu);
  const victim = liveUpdateRows(otherStory)[0];
  const edit = await postFormAction(page.request, LiveDesk.path(id), liveAction("editLiveUpdate"), {
    articleId: String(id),
    updateId: String(victim.id),
    body: "Hijacked",
  });
  expect(await edit.text()).toContain("This update no longer exists on this story.");
  const junk = await postFormAction(page.request, LiveDesk.path(id), liveAction("addLiveUpdate"), {
    articleId: "999999",
    body: "Nowhere",
  });
  expect(await junk.text()).toContain("This article no longer exists.");
  expect(liveUpdateRows(otherStory)[0]).toEqual(victim);

  const anonymous = await playwrightRequest.newContext({ baseURL });
  const stranger = await postFormAction(anonymous, LiveDesk.path(id), liveAction("addLiveUpdate"), {
    articleId: String(id),
    body: "Posted by nobody",
  });
  expect(await stranger.text()).toContain("Please sign in first.");
  await anonymous.dispose();

  const commenter = await page.context().browser()!.newContext();
  const commenterPage = await commenter.newPage();
  await new Newsroom(commenterPage).signIn(demoCommenter, "/en");
  const refused = await postFormAction(commenterPage.request, LiveDesk.path(id), liveAction("addLiveUpdate"), {
    articleId: String(id),
    body: "Posted by a reader",
  });
  expect(await refused.text()).toContain("Your account does not have permission to do this.");
  await commenter.close();
  expect(liveUpdateRows(id)).toHaveLength(before);
});
