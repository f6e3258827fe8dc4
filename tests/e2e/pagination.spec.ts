import { expect, test } from "@playwright/test";
import { addSectionWithStories } from "../helpers/database";
import { PortalPage } from "../helpers/portal";

test("a reader pages through a section and back", async ({ page }) => {
  addSectionWithStories("archive", "Archive", 25);
  const portal = new PortalPage(page);
  await portal.open("/en/category/archive");
  await expect(portal.headline).toHaveText("Archive news");
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  const firstPageStories = await page.locator('main a[href^="/en/article/"]').count();

  await portal.pagination.getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/\/en\/category\/archive\/page\/2$/);
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  await expect(portal.pagination.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/category\/archive\/page\/2$/);

  await portal.pagination.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL(/\/en\/category\/archive$/);
  expect(await page.locator('main a[href^="/en/article/"]').count()).toBe(firstPageStories);
});
