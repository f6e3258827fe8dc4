import { expect, test } from "@playwright/test";
import { testDatabase } from "../helpers/database";

test("browsing home, a section and an article never contacts another host", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).host;
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.host !== origin) elsewhere.push(request.url());
  });
  for (const path of [
    "/gu",
    "/en/category/cricket",
    "/en/article/ahmedabad-metro-phase-two-opens",
    "/gu/category/gujarat",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(elsewhere).toEqual([]);
});

test("every response carries the security headers and no X-Powered-By", async ({ request }) => {
  for (const path of ["/en", "/en/article/ahmedabad-metro-phase-two-opens", "/en/article/no-such-story"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-powered-by"]).toBeUndefined();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
});

test("a repeated view of an article is served from the cache, not the database", async ({ page }) => {
  const path = "/en/article/surat-diamond-exports-recover";
  await page.goto(path);
  const headline = await page.getByRole("heading", { level: 1 }).textContent();
  const db = testDatabase();
  try {
    db.prepare(
      "update articles set title = 'Changed behind the cache' where edition = 'en' and slug = 'surat-diamond-exports-recover'",
    ).run();
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline!);
  } finally {
    db.prepare("update articles set title = ? where edition = 'en' and slug = 'surat-diamond-exports-recover'").run(
      headline,
    );
    db.close();
  }
});
