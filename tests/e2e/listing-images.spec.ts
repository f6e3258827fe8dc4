import { expect, test } from "@playwright/test";
import { publicPages } from "../helpers/page-types";

for (const lang of ["gu", "en"] as const) {
  for (const type of ["section", "tag", "author"] as const) {
    test(`the ${type} listing of /${lang} loads its first picture at once, first in line`, async ({ page }) => {
      const path = publicPages(lang)[type];
      await page.goto(path);
      // The first picture, wherever it is: stories other tests publish may have none.
      const first = page.getByRole("main").getByRole("article").locator("img").first();
      await expect(first).toHaveAttribute("fetchpriority", "high");
      await expect(first).not.toHaveAttribute("loading", "lazy");
      await expect(first).toHaveAttribute("src", /\/_next\/image/);
      await expect(page.locator('head link[rel="preload"][as="image"][fetchpriority="high"]')).toHaveCount(1);
      const later = page.getByRole("main").getByRole("article").locator("img").last();
      await expect(later).toHaveAttribute("loading", "lazy");
    });
  }
}
