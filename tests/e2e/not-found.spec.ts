import { expect, test } from "@playwright/test";

const missing = [
  "/en/article/no-such-story",
  "/gu/article/no-such-story",
  "/fr",
  "/fr/article/ahmedabad-metro-phase-two-opens",
  "/en/category/no-such-section",
  "/en/tag/no-such-tag",
  "/en/author/no-such-person",
  "/en/category/cricket?page=0",
  "/en/category/cricket?page=abc",
  "/en/category/cricket?page=99999",
  "/en/category/cricket?page=-1",
  "/en/category/cricket?page=2&page=3",
  "/en/tag/ahmedabad?page=1.5",
  "/en/article/draft-port-expansion-plan",
  "/en/article/scheduled-budget-session-preview",
  "/gu/article/draft-bandar-vistar-yojana",
  "/no/such/place/at/all",
];

for (const path of missing) {
  test(`${path} is a 404, never a 200 or a 500`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toMatch(/at \w+ \(|node_modules/);
  });
}

test("the 404 page speaks the edition's language", async ({ page }) => {
  await page.goto("/gu/article/no-such-story");
  await expect(page.getByRole("heading", { name: "પાનું મળ્યું નથી" })).toBeVisible();
  await expect(page.getByRole("link", { name: "હોમ પેજ પર જાઓ" })).toBeVisible();
  await page.goto("/en/article/no-such-story");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "પાનું મળ્યું નથી" })).toBeHidden();
});
