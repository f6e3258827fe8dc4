import { expect, test } from "@playwright/test";
import { CommentThreadPage } from "../helpers/comment-thread";

// Every page carries a script policy without 'unsafe-inline'; Chromium must report no violation anywhere.
const pages = [
  "/gu",
  "/en",
  "/en/article/ahmedabad-metro-phase-two-opens",
  "/gu/article/ahmedabad-metro-bijo-tabakko-gandhinagar-sudhi",
  "/en/category/cricket",
  "/en/tag/ahmedabad",
  "/gu/author/meera-trivedi",
  "/en/search?q=metro",
  "/en/article/no-such-story",
  "/en/sign-in",
  "/gu/sign-up",
];
const newsroom = ["/admin", "/admin/articles", "/admin/moderation", "/admin/articles/new", "/en/account"];

function watchViolations(page: import("@playwright/test").Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

test("public and account pages send a strict script policy and break none of it", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = watchViolations(page);
  for (const path of pages) {
    const response = await page.goto(path);
    const policy = response!.headers()["content-security-policy"] ?? "";
    expect(policy, path).toMatch(/script-src 'self'/);
    expect(policy, path).not.toContain("unsafe-inline'; script");
    expect(policy, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy, path).toContain("default-src 'self'");
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});

test("the newsroom's pages run under the same policy without a violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = watchViolations(page);
  const thread = new CommentThreadPage(page);
  await thread.signIn({ email: "admin@khabarsetu.test", password: "admin-demo-password" }, "/admin");
  for (const path of newsroom) {
    const response = await page.goto(path);
    expect(response!.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'sha256-/);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});
