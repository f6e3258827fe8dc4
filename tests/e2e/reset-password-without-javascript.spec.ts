import { expect, test } from "@playwright/test";
import { AccountPages, createAccount, resetLinkFor } from "../helpers/account-pages";

test.use({ javaScriptEnabled: false });
// Every password change hashes with argon2: allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

test("a reader without JavaScript chooses a new password through the mailed link", async ({ page }) => {
  const accounts = new AccountPages(page);
  const email = `e2e-reset-nojs-${Date.now()}@example.com`;
  await createAccount(email, "an old password");
  await accounts.requestPasswordReset(email);
  await expect(accounts.status).toContainText("we have sent it a link");

  const link = await resetLinkFor(email);
  await page.goto(link);
  await expect(page.getByRole("main").locator("form")).toHaveAttribute("action", link);
  // The token stays out of every Referer, yet the form's own post keeps its Origin.
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "strict-origin");
  await accounts.field("New password").fill("short");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(link);
  await expect(accounts.status).toHaveText("Please correct the fields marked below.");

  await accounts.field("New password").fill("a new password at last");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=password-reset$/);
  await expect(accounts.status).toHaveText("Your password has been changed. Sign in with your new password.");
});
