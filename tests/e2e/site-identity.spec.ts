import { expect, test } from "../helpers/signed-in";
import { CommentThreadPage } from "../helpers/comment-thread";
import { publicPages, storyWithComments } from "../helpers/page-types";

const meta = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, "g"))].map((m) => m[1]);

test("the portal has its own icons and a web app manifest", async ({ page, request }) => {
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  await page.goto("/en");
  const icon = page.locator('head link[rel="icon"][type="image/svg+xml"]');
  expect((await request.get((await icon.getAttribute("href"))!)).status()).toBe(200);
  await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveCount(1);
  const manifest = await (
    await request.get((await page.locator('head link[rel="manifest"]').getAttribute("href"))!)
  ).json();
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const { src } of manifest.icons as { src: string }[]) expect((await request.get(src)).status()).toBe(200);
});

test("every page type shares a whole social card in its own language", async ({ request }) => {
  for (const lang of ["gu", "en"] as const) {
    const pages = publicPages(lang);
    for (const path of [pages.home, pages.article, pages.section, pages.tag, pages.author]) {
      const html = await (await request.get(path)).text();
      expect(meta(html, "og:site_name"), path).toEqual([lang === "gu" ? "ખબર સેતુ" : "Khabar Setu"]);
      expect(meta(html, "og:locale"), path).toEqual([lang === "gu" ? "gu_IN" : "en_IN"]);
      expect(meta(html, "og:url")[0], path).toContain(path.split("?")[0]);
      expect(meta(html, "og:image").length, path).toBeGreaterThan(0);
      expect(meta(html, "og:type"), path).toEqual([path === pages.article ? "article" : "website"]);
      expect(meta(html, "twitter:card"), path).toEqual(["summary_large_image"]);
    }
  }
  const gujaratiArticle = await (await request.get(publicPages("gu").article)).text();
  expect(meta(gujaratiArticle, "article:author")[0]).toMatch(/[\u0A80-\u0AFF]/);
});

test("the home page's x-default names the default edition, never the redirecting root", async ({ request }) => {
  const html = await (await request.get("/en")).text();
  expect(html).toMatch(/<link rel="alternate" hrefLang="x-default" href="[^"]*\/gu"/);
});

test("sign-in and sign-up describe themselves and post to their own address", async ({ request }) => {
  for (const path of ["/gu/sign-in", "/en/sign-up"]) {
    const html = await (await request.get(path)).text();
    expect(meta(html, "description")[0], path).toBeTruthy();
    expect(html, path).not.toContain('action=""');
  }
});

test("an empty comment on /gu is answered in Gujarati, not by the browser", async ({ asCommenter: page }) => {
  const path = `/gu/article/${storyWithComments("gu")}`;
  const thread = new CommentThreadPage(page);
  await thread.open(path);
  await thread.postButton.click();
  await expect(thread.newCommentForm.getByText("મોકલતાં પહેલાં કંઈક લખો.").first()).toBeVisible();
});

test("English pages never download the Gujarati font; Gujarati pages preload it", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "font") fonts.push(r.url());
  });
  await page.goto("/en");
  await page.waitForLoadState("load");
  expect(fonts).toEqual([]);
  await page.goto("/gu");
  await expect(page.locator('head link[rel="preload"][as="font"]')).toHaveCount(2);
});
