import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  "/gu",
  "/en",
  "/en/article/ahmedabad-metro-phase-two-opens",
  "/gu/category/cricket",
  "/en/tag/ahmedabad",
  "/en/article/no-such-story",
];

// axe checks a whole page in the browser's one thread: the first checks, on a freshly started server
// and beside another worker, took over 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

for (const path of pages) {
  test(`${path} has no serious accessibility problems`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
    expect(serious).toEqual([]);
  });
}
