import { expect, type Locator, test } from "@playwright/test";
import { CommentThreadPage, demoReader } from "../helpers/comment-thread";
import { storyWithComments } from "../helpers/page-types";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** WCAG 2.5.5's 44 by 44 CSS pixels. */
async function expectTappable(targets: Locator) {
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const target = targets.nth(i);
    const box = await target.boundingBox();
    expect(box, await target.innerText()).not.toBeNull();
    expect(Math.min(box!.width, box!.height), `${await target.innerText()}: ${box!.width}×${box!.height}`).toBeGreaterThanOrEqual(44);
  }
}

for (const lang of ["gu", "en"] as const) {
  test(`the main navigation of /${lang} is easy to tap on a phone`, async ({ page }) => {
    await page.goto(`/${lang}`);
    const nav = page.getByRole("banner").getByRole("navigation");
    const menu = nav.locator("summary");
    await expectTappable(menu);
    await menu.click();
    await expectTappable(nav.getByRole("link").filter({ visible: true }));
    await expectTappable(page.getByRole("banner").getByRole("link", { name: lang === "gu" ? /English/ : /ગુજરાતી/ }));
  });
}

test("comment controls are easy to tap on a phone", async ({ page }) => {
  const path = `/en/article/${storyWithComments("en")}`;
  const thread = new CommentThreadPage(page);
  await thread.signIn(demoReader, path);
  await expectTappable(thread.section.getByRole("navigation").getByRole("link"));
  await expectTappable(thread.newCommentForm.getByRole("button", { name: "Post comment" }));
  await expectTappable(thread.section.locator("summary"));
});
