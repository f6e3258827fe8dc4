import { expect, type Page, test } from "@playwright/test";
import { storyWithComments } from "../helpers/page-types";

const editions = {
  gu: {
    title: "પાનું મળ્યું નથી | ખબર સેતુ",
    heading: "પાનું મળ્યું નથી",
    sections: "વિભાગો",
    search: "શું શોધવું છે",
    latest: "તાજા સમાચાર",
  },
  en: {
    title: "Page not found | Khabar Setu",
    heading: "Page not found",
    sections: "Sections",
    search: "Search for",
    latest: "Latest stories",
  },
} as const;
type Lang = keyof typeof editions;

/** One address per kind of page that can be missing inside an edition. */
function missingPages(lang: Lang) {
  return {
    article: `/${lang}/article/no-such-story`,
    section: `/${lang}/category/no-such-section`,
    tag: `/${lang}/tag/no-such-tag`,
    author: `/${lang}/author/no-such-person`,
    "listing page past the end": `/${lang}/category/cricket/page/99`,
    "comment page past the end": `/${lang}/article/${storyWithComments(lang)}/comments/newest/99`,
    "search page past the end": `/${lang}/search?q=${lang === "gu" ? "%E0%AA%B8%E0%AB%81%E0%AA%B0%E0%AA%A4" : "metro"}&page=99`,
    "search page with a junk number": `/${lang}/search?q=metro&page=abc`,
    "search in an unknown section": `/${lang}/search?q=metro&section=no-such-section`,
    "unknown path": `/${lang}/no-such-page`,
    "file-like path": `/${lang}/wp-login.php`,
  };
}

/** What the server sent, read with JavaScript off: what a crawler or a reader without scripts gets. */
async function expectServerDrawn404(page: Page, path: string, lang: Lang) {
  const text = editions[lang];
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
  await expect(page, path).toHaveTitle(text.title);
  const robots = await page
    .locator('meta[name="robots"]')
    .evaluateAll((metas) => metas.map((m) => m.getAttribute("content")));
  expect(robots, path).toEqual(["noindex"]);
  await expect(page.getByRole("heading", { level: 1, name: text.heading }), path).toBeVisible();
  await expect(page.getByRole("banner").getByRole("navigation", { name: text.sections }), path).toBeAttached();
  await expect(page.getByRole("main").getByLabel(text.search, { exact: true }), path).toBeVisible();
  await expect(page.getByRole("region", { name: text.latest }).getByRole("link").first(), path).toBeVisible();
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ["gu", "en"] as const) {
    for (const type of Object.keys(missingPages(lang)) as (keyof ReturnType<typeof missingPages>)[]) {
      test(`a missing ${type} on /${lang} answers 404 with a page drawn on the server in its language`, async ({
        page,
      }) => {
        await expectServerDrawn404(page, missingPages(lang)[type], lang);
      });
    }
  }

  const outside: [string, Lang][] = [
    ["/fr", "gu"],
    ["/no/such/place/at/all", "gu"],
    ["/en-gb/news", "en"],
    ["/x.php", "gu"],
    ["/wp-admin/setup.php", "gu"],
    ["/english.html", "en"],
    ["/gu/something.html", "gu"],
    ["/en/wp-login.php", "en"],
  ];
  for (const [path, lang] of outside) {
    test(`${path} gets the 404 of the edition its address points to, in ${lang}`, async ({ page }) => {
      await expectServerDrawn404(page, path, lang);
    });
  }
});

test("a missing story stays a 404 when it is served again from the cache", async ({ request }) => {
  const path = "/en/article/a-story-that-was-never-written";
  for (let i = 0; i < 3; i++) {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('<html lang="en"');
  }
});

test("an edition's 404 offers its navigation, a search box and the latest stories", async ({ page }) => {
  const response = await page.goto("/gu/article/no-such-story");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "પાનું મળ્યું નથી" })).toBeVisible();
  const latest = page.getByRole("region", { name: "તાજા સમાચાર" });
  await expect(latest.getByRole("link").first()).toBeVisible();
  await page.getByRole("main").getByLabel("શું શોધવું છે").fill("મેટ્રો");
  await page.getByRole("main").getByRole("button", { name: "શોધો", exact: true }).click();
  await expect(page).toHaveURL(/\/gu\/search\?q=/);
});
