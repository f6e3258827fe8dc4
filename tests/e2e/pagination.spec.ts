import { expect, test } from "@playwright/test";
import { addStories } from "../helpers/database";
import { PortalPage } from "../helpers/portal";

test("a reader pages through a section and back", async ({ page }) => {
  addStories("automobile", 25, "garage-notes");
  const portal = new PortalPage(page);
  await portal.open("/en/category/automobile");
  await expect(portal.headline).toHaveText("Automobile news");
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  const firstPageStories = await page.locator('main a[href^="/en/article/"]').count();

  await portal.pagination.getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/\/en\/category\/automobile\?page=2$/);
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  await expect(portal.pagination.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/category\/automobile\?page=2$/);

  await portal.pagination.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL(/\/en\/category\/automobile$/);
  expect(await page.locator('main a[href^="/en/article/"]').count()).toBe(firstPageStories);
});
