import { expect, test } from "@playwright/test";
import { PortalPage } from "../helpers/portal";

test("the bare address leads to the Gujarati edition", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/gu$/);
  await new PortalPage(page).expectLang("gu");
});

test("a reader sees the top stories and the breaking strip on the home page", async ({ page }) => {
  const portal = new PortalPage(page);
  expect(await portal.open("/en")).toBe(200);
  await portal.expectLang("en");
  await expect(portal.breakingStrip.getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest news", exact: true })).toBeVisible();
  expect(await page.locator('main a[href^="/en/article/"]').count()).toBeGreaterThan(15);
  await expect(page.getByRole("heading", { name: "Cricket", level: 2 })).toBeVisible();
});

test("an article shows its headline, updated stamp, body, an Also read card and the translation link", async ({
  page,
}) => {
  const portal = new PortalPage(page);
  expect(await portal.open("/en/article/ahmedabad-metro-phase-two-opens")).toBe(200);
  await expect(portal.headline).toBeVisible();
  await expect(page.getByText(/^Updated: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.locator("article .prose-article p").first()).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Meera Trivedi|Kiran Patel|Farah Sheikh|Arjun Desai/ }).first(),
  ).toBeVisible();
  const card = portal.alsoReadCards.first();
  await expect(card).toContainText("Also read");
  const target = await card.getByRole("link").getAttribute("href");
  expect(target).toMatch(/^\/en\/article\//);
  await expect(page).toHaveTitle(/\| Khabar Setu$/);

  await page.getByRole("link", { name: /Read this story in Gujarati/ }).click();
  await expect(page).toHaveURL(/\/gu\/article\//);
  await portal.expectLang("gu");
  await expect(page.getByText(/^અપડેટ: \d{1,2} \S+ \d{4}, \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByRole("link", { name: /આ સમાચાર અંગ્રેજીમાં વાંચો/ })).toHaveAttribute(
    "href",
    "/en/article/ahmedabad-metro-phase-two-opens",
  );
});

test("translations point at each other with hreflang alternates", async ({ page }) => {
  await page.goto("/en/article/ahmedabad-metro-phase-two-opens");
  const gu = await page.locator('link[rel="alternate"][hreflang="gu"]').getAttribute("href");
  expect(gu).toMatch(/\/gu\/article\//);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    /\/en\/article\/ahmedabad-metro-phase-two-opens$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /max-image-preview:large/);
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

  await page.goto(new URL(gu!).pathname);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    /\/en\/article\/ahmedabad-metro-phase-two-opens$/,
  );
});

test("the Gujarati edition is marked gu and shows Gujarati headlines in the portal's Gujarati font", async ({
  page,
}) => {
  const portal = new PortalPage(page);
  await portal.open("/gu");
  await portal.expectLang("gu");
  const headline = page.locator('main a[href^="/gu/article/"]').first();
  await expect(headline).toHaveText(/[\u0A80-\u0AFF]/);
  await page.evaluate(() => document.fonts.ready);
  const gujaratiFaces = await page.evaluate(
    () => [...document.fonts].filter((f) => f.status === "loaded" && f.unicodeRange.includes("A80")).length,
  );
  expect(gujaratiFaces).toBeGreaterThan(0);
});

test("author and tag pages list their stories", async ({ page }) => {
  await page.goto("/en/article/ahmedabad-metro-phase-two-opens");
  await page.locator('a[rel="author"]').click();
  await expect(page).toHaveURL(/\/en\/author\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Stories by /);
  expect(await page.locator('main a[href^="/en/article/"]').count()).toBeGreaterThan(1);

  await page.goto("/en/article/ahmedabad-metro-phase-two-opens");
  await page.getByRole("region", { name: "Tags" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/tag\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Stories tagged/);
});
