import type { Page } from "@playwright/test";
import { expect, test } from "../helpers/signed-in";
import { testDatabase } from "../helpers/database";
import { Newsroom } from "../helpers/newsroom";

/** Publishes `count` English stories whose headlines share `word`, ten days old. */
function publishStoriesAbout(word: string, count: number) {
  const db = testDatabase();
  try {
    const section = db.prepare("select id from categories where slug = 'viral'").get() as { id: number };
    const author = db.prepare("select id from users where slug is not null and role != 'commenter' limit 1").get() as {
      id: number;
    };
    const insert = db.prepare(
      `insert into articles (edition, slug, title, dek, body, category_id, author_id, status, published_at, updated_at)
       values ('en', ?, ?, 'A short summary.', 'A paragraph of text.', ?, ?, 'published', ?, ?)`,
    );
    const at = Date.now() - 10 * 24 * 3_600_000;
    db.transaction(() => {
      for (let i = 1; i <= count; i++)
        insert.run(`${word}-${i}`, `The ${word} story number ${i}`, section.id, author.id, at - i * 60_000, at);
    })();
  } finally {
    db.close();
  }
}

/** The search page as a reader uses it. */
class SearchPage {
  constructor(readonly page: Page) {}

  async open(lang: "en" | "gu", query: string, extra = "") {
    return (await this.page.goto(`/${lang}/search?q=${encodeURIComponent(query)}${extra}`))?.status();
  }

  get results() {
    return this.page.getByRole("main").getByRole("listitem").getByRole("article");
  }

  get status() {
    return this.page.getByRole("main").getByRole("status");
  }

  result(title: string | RegExp) {
    return this.results.filter({ has: this.page.getByRole("heading", { name: title }) });
  }
}

test("a reader searches the English edition from the header and sees the word highlighted", async ({ page }) => {
  await page.goto("/en");
  const box = page.getByRole("search", { name: "Search" });
  await box.getByLabel("Search for").fill("metro");
  await box.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=metro$/);

  const search = new SearchPage(page);
  const first = search.results.first();
  await expect(first.getByRole("link")).toHaveAttribute("href", "/en/article/ahmedabad-metro-phase-two-opens");
  await expect(first.locator("mark").first()).toHaveText(/^metro$/i);
  await expect(search.status).toHaveText(/\d+ stories found/);
});

test("a reader searches the Gujarati edition in Gujarati and sees the word highlighted", async ({ page }) => {
  await page.goto("/gu");
  const box = page.getByRole("search", { name: "શોધ" });
  await box.getByLabel("શું શોધવું છે").fill("ચોમાસું");
  await box.getByRole("button", { name: "શોધો" }).click();
  await expect(page).toHaveURL(/\/gu\/search\?q=/);

  const search = new SearchPage(page);
  const story = search.result(/સૌરાષ્ટ્રમાં ચોમાસું એક સપ્તાહ વહેલું બેઠું/);
  await expect(story.getByRole("link")).toHaveAttribute("href", "/gu/article/saurashtra-ma-chomasu-ek-saptah-vahelu");
  await expect(story.locator("mark").first()).toHaveText("ચોમાસું");
  await expect(page.locator("html")).toHaveAttribute("lang", "gu");
});

test("a Gujarati word with vowel signs finds its own stories, by prefix, and not the English edition's", async ({
  page,
}) => {
  const search = new SearchPage(page);
  await search.open("gu", "મેટ્રો");
  await expect(search.results.first().getByRole("link")).toHaveAttribute(
    "href",
    "/gu/article/ahmedabad-metro-bijo-tabakko-gandhinagar-sudhi",
  );
  await expect(search.results.first().locator("mark").first()).toHaveText(/^મેટ્રો/);
  await search.open("en", "મેટ્રો");
  await expect(search.results).toHaveCount(0);
  await expect(search.status).toContainText("Nothing found");
});

test("a reader narrows a search to one section and switches edition", async ({ page }) => {
  const search = new SearchPage(page);
  await search.open("en", "saurashtra");
  const everywhere = await search.results.count();
  const form = page.getByRole("search", { name: "Search the news" });
  await form.getByLabel("Section").selectOption({ label: "Cricket" });
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/section=cricket/);
  const inCricket = await search.results.count();
  expect(inCricket).toBeGreaterThan(0);
  expect(inCricket).toBeLessThan(everywhere);
  await expect(search.result(/Ranji Trophy/).first()).toBeVisible();

  await page.getByRole("link", { name: "Search the Gujarati edition instead" }).click();
  await expect(page).toHaveURL(/\/gu\/search\?q=saurashtra&section=cricket$/);
});

test("search results are not indexed and their canonical URL keeps the page number", async ({ page }) => {
  publishStoriesAbout("pagingprobe", 25);
  const search = new SearchPage(page);
  expect(await search.open("en", "pagingprobe", "&page=2")).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/search\?q=pagingprobe&page=2$/);
  await expect(search.results).toHaveCount(5);
  await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Page 2" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("anything typed gives a result page or a clear nothing found, never an error", async ({ page }) => {
  const search = new SearchPage(page);
  const hostile = [
    '"',
    '"metro',
    "metro*",
    "*",
    "NEAR(",
    "NEAR(metro, 2)",
    "metro AND",
    "AND OR NOT",
    "((metro",
    "metro)))",
    "😀🚇",
    "<script>alert(1)</script>",
    "a".repeat(10_000),
  ];
  for (const query of hostile) {
    expect(await search.open("en", query), query.slice(0, 20)).toBe(200);
    await expect(search.status).toBeVisible();
  }
  await search.open("en", "😀🚇");
  await expect(search.status).toHaveText(/Nothing found for “😀🚇”/);
  await search.open("en", "<script>alert(1)</script>");
  await expect(page.locator("main script")).toHaveCount(0);
});

test("a junk page number or section is a 404, as elsewhere", async ({ page }) => {
  const search = new SearchPage(page);
  expect(await search.open("en", "metro", "&page=abc")).toBe(404);
  expect(await search.open("en", "metro", "&page=99")).toBe(404);
  expect(await search.open("en", "metro", "&section=no-such-section")).toBe(404);
});

test("an article set back to draft in the newsroom disappears from search at once", async ({ asEditor: page }) => {
  const search = new SearchPage(page);
  const slug = "alang-yard-green-recycling-certifications";
  const story = () => search.results.getByRole("link").and(page.locator(`[href="/en/article/${slug}"]`));
  await search.open("en", "alang");
  await expect(story()).toHaveCount(1);

  const db = testDatabase();
  const { id } = db.prepare("select id from articles where edition = 'en' and slug = ?").get(slug) as { id: number };
  db.close();
  const newsroom = new Newsroom(page);
  await page.goto("/admin");
  for (const status of ["Draft", "Published"] as const) {
    await newsroom.openEditor(id);
    await page.getByRole("radio", { name: new RegExp(`^${status}:`) }).check();
    await newsroom.save();
    await expect(newsroom.formStatus).toHaveText("Saved.");
    await search.open("en", "alang");
    await expect(story()).toHaveCount(status === "Draft" ? 0 : 1);
  }
});
