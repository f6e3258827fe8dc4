import { expect, test } from "../helpers/signed-in";
import sharp from "sharp";
import { articleRow, demoEditor, insertPublishedStory, Newsroom } from "../helpers/newsroom";

let serial = 0;
const unique = (text: string) => `${text} ${Date.now().toString(36)}${++serial}`;
const updatedStamp = /^Updated: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/;
// How far ahead the scheduled story goes live: time enough to write it and see it hidden on a busy
// machine, and all the scheduled test waits for (E2E_SCHEDULE_LEAD_SECONDS to shorten it on a fast one).
const scheduleLeadMs = (Number(process.env.E2E_SCHEDULE_LEAD_SECONDS) || 12) * 1000;

test("an editor writes and publishes an article, and readers find it on the home page, in its section and on its page", async ({
  asEditor: page,
}) => {
  const newsroom = new Newsroom(page);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

  const title = unique("Riverfront footbridge opens to walkers");
  const photo = await sharp({ create: { width: 1800, height: 900, channels: 3, background: "#1971c2" } })
    .png()
    .toBuffer();
  await newsroom.openNew();
  await newsroom.fill({
    title,
    dek: "The new bridge links the two banks for people on foot.",
    section: "Gujarat",
    tags: "Riverfront, Newsroom test",
    body: "The bridge opened at dawn.\n\n## Who can use it\n\nEveryone on foot or on a bicycle.",
    image: { name: "bridge.png", mimeType: "image/png", buffer: photo },
    imageAlt: "A blue illustration of a bridge",
    status: "Published",
  });
  await expect(
    page.getByRole("region", { name: "Live preview" }).getByRole("heading", { name: "Who can use it" }),
  ).toBeVisible();
  await expect(newsroom.field("Slug (web address)")).toHaveValue(/^riverfront-footbridge-opens-to-walkers-/);
  await newsroom.save();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?done=created/);
  await expect(page.getByText("Current image")).toBeVisible();
  const slug = await newsroom.field("Slug (web address)").inputValue();

  await page.goto("/en");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  await page.goto("/en/category/gujarat");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  await page.goto("/en/tag/newsroom-test");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  const response = await page.goto(`/en/article/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who can use it" })).toBeVisible();
  await expect(page.getByRole("img", { name: "A blue illustration of a bridge" })).toBeVisible();
});

test("a scheduled article stays hidden until its time, then appears on its own", async ({ asEditor: page }) => {
  test.setTimeout(60_000);
  const newsroom = new Newsroom(page);
  await page.goto("/admin");
  const title = unique("Budget speech to be streamed live");
  const goesLive = Date.now() + scheduleLeadMs;
  const { slug } = await newsroom.create({
    title,
    body: "The speech starts at noon.",
    section: "Politics",
    tags: "",
    status: "Scheduled",
    publishAt: goesLive,
  });
  await expect(page.getByRole("radio", { name: /^Scheduled:/ })).toBeChecked();

  const reader = await page.context().browser()!.newPage();
  expect((await reader.goto(`/en/article/${slug}`))?.status()).toBe(404);
  await reader.goto("/en");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);

  // Nobody touches anything after this: the cached pages' lifetime ends at the story's time, so it comes out then.
  const dueIn = () => Math.max(0, goesLive - Date.now());
  await expect(async () => {
    expect((await reader.goto(`/en/article/${slug}`))?.status()).toBe(200);
  }).toPass({ intervals: [500], timeout: dueIn() + 10_000 });
  expect(Date.now()).toBeGreaterThanOrEqual(goesLive);
  await expect(reader.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(async () => {
    await reader.goto("/en");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ intervals: [500], timeout: 10_000 });
  await reader.close();
});

test("an edit shows on the article page with a new Updated stamp, and a correction at its foot", async ({
  asEditor: page,
}) => {
  const slug = `newsroom-edit-${Date.now()}`;
  const id = insertPublishedStory(slug, unique("Ferry timetable changes"));
  await page.goto(`/en/article/${slug}`);
  const stamp = page.getByText(updatedStamp);
  const before = await stamp.textContent();

  const newsroom = new Newsroom(page);
  await page.goto(`/admin/articles/${id}`);
  await newsroom.field("Story text (Markdown)").fill("The ferry now leaves every half hour, from 6 in the morning.");
  await newsroom.save();
  await expect(newsroom.formStatus).toHaveText("Saved.");

  await page.goto(`/en/article/${slug}`);
  await expect(page.getByText("The ferry now leaves every half hour, from 6 in the morning.")).toBeVisible();
  await expect(stamp).toHaveText(updatedStamp);
  expect(await stamp.textContent()).not.toBe(before);

  await newsroom.openEditor(id);
  await page.getByLabel("Correction note").fill("An earlier version gave the wrong first departure.");
  await page.getByRole("button", { name: "Publish the correction" }).click();
  await expect(page.getByText("The correction is published.")).toBeVisible();
  await page.goto(`/en/article/${slug}`);
  const corrections = page.getByRole("region", { name: "Corrections" });
  await expect(corrections).toContainText("An earlier version gave the wrong first departure.");
});

test("a revision restores the earlier headline, and the restore can itself be undone", async ({ asEditor: page }) => {
  const original = unique("Night market returns to the old city");
  const slug = `newsroom-revision-${Date.now()}`;
  const id = insertPublishedStory(slug, original);
  const newsroom = new Newsroom(page);
  await page.goto(`/admin/articles/${id}`);
  await newsroom.field("Headline").fill("A headline that was a mistake");
  await newsroom.save();
  await expect(newsroom.formStatus).toHaveText("Saved.");
  await page.goto(`/en/article/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A headline that was a mistake");

  await page.goto(`/admin/articles/${id}/revisions`);
  const versions = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: "Restore this version" }) });
  await expect(versions).toHaveCount(1);
  await versions.filter({ hasText: original }).getByRole("button", { name: "Restore this version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The earlier version has been restored." })).toBeVisible();
  await expect(newsroom.field("Headline")).toHaveValue(original);
  await expect(page.getByRole("link", { name: "Revisions (2)" })).toBeVisible();

  await page.goto(`/en/article/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original);
});

test("an image whose content is not an image is refused, and an oversized one gets a clear message", async ({
  asEditor: page,
}) => {
  const newsroom = new Newsroom(page);
  await page.goto("/admin/articles/new");
  const title = unique("Photo essay from the salt pans");
  await newsroom.fill({
    title,
    body: "Words that must not be lost.",
    imageAlt: "Salt pans",
    image: {
      name: "salt-pans.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"),
    },
  });
  await newsroom.save();
  await expect(
    page.getByText("This file is not a JPEG, PNG or WebP image (its content was checked, not its name)."),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  await expect(newsroom.field("Headline")).toHaveValue(title);
  await expect(newsroom.field("Story text (Markdown)")).toHaveValue("Words that must not be lost.");

  await page
    .locator("#article-image")
    .setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(5 * 1024 * 1024 + 10) });
  await expect(page.getByText("This image is larger than 5 MB. Please choose a smaller file.")).toBeVisible();
});

test("a deleted article disappears for readers and comes back from the Deleted list", async ({ asEditor: page }) => {
  const slug = `newsroom-delete-${Date.now()}`;
  const title = unique("Kite festival dates announced");
  const id = insertPublishedStory(slug, title);
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("link", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\?state=deleted$/);
  expect(articleRow(id)?.deleted_at).not.toBeNull();
  expect((await page.goto(`/en/article/${slug}`))?.status()).toBe(404);

  await page.goto("/admin/articles?state=deleted");
  await page.getByRole("row").filter({ hasText: title }).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The article is back" })).toBeVisible();
  expect((await page.goto(`/en/article/${slug}`))?.status()).toBe(200);
});

test("a commenter gets a 403 page at /admin", async ({ asCommenter: page }) => {
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Access denied", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Newsroom" })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
});

test("a signed-out visitor is sent to sign in, and comes back to the newsroom page they asked for", async ({
  page,
}) => {
  await page.goto("/admin/articles");
  await expect(page).toHaveURL(`/en/sign-in?next=${encodeURIComponent("/admin/articles")}`);
  await page.getByLabel("Email address").fill(demoEditor.email);
  await page.getByLabel("Password", { exact: true }).fill(demoEditor.password);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/admin/articles");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
});

test("the newsroom switches to Gujarati and back, whatever edition is being edited", async ({ asEditor: page }) => {
  await page.goto("/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "ગુજરાતીમાં જુઓ" }).click();
  await expect(page.getByRole("heading", { name: "ડેશબોર્ડ", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "gu");
  await expect(page.getByRole("navigation", { name: "ન્યૂઝરૂમ" }).getByRole("link", { name: "લેખ" })).toBeVisible();
  await page.getByRole("button", { name: "View in English" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
});
