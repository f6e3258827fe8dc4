import { expect, test } from "@playwright/test";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the section menu opens at a phone width", async ({ page }) => {
  await page.goto("/en");
  const nav = page.getByRole("banner").getByRole("navigation", { name: "Sections" });
  const cricket = nav.getByRole("link", { name: "Cricket" });
  await expect(cricket).toBeHidden();
  await nav.getByText("Menu").click();
  await expect(cricket).toBeVisible();
  await cricket.click();
  await expect(page).toHaveURL(/\/en\/category\/cricket$/);
});

test("a keyboard user can skip straight to the content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});
