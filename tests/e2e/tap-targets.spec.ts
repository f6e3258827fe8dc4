import type { Locator } from "@playwright/test";
import { expect, test } from "../helpers/signed-in";
import { CommentThreadPage, withDatabase } from "../helpers/comment-thread";
import { addSectionWithStories } from "../helpers/database";
import { storyWithComments } from "../helpers/page-types";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** WCAG 2.5.5's 44 by 44 CSS pixels. */
async function expectTappable(targets: Locator) {
  // Comment controls are drawn by the island after the page loads: wait for the first one.
  await expect(targets.first()).toBeVisible();
  const count = await targets.count();
  for (let i = 0; i < count; i++) {
    const target = targets.nth(i);
    const box = await target.boundingBox();
    expect(box, await target.innerText()).not.toBeNull();
    expect(
      Math.min(box!.width, box!.height),
      `${await target.innerText()}: ${box!.width}×${box!.height}`,
    ).toBeGreaterThanOrEqual(44);
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

test("comment controls are easy to tap on a phone", async ({ asCommenter: page }) => {
  const path = `/en/article/${storyWithComments("en")}`;
  const thread = new CommentThreadPage(page);
  await page.goto(path);
  await expectTappable(thread.section.getByRole("navigation").getByRole("link"));
  await expectTappable(thread.postButton);
  await expectTappable(thread.section.locator("summary"));
});

/** A published story with tags, so its page shows tag pills. */
const taggedStory = (lang: "gu" | "en") =>
  withDatabase(
    (db) =>
      (
        db
          .prepare(
            `select a.slug from articles a join article_tags at on at.article_id = a.id
   where a.edition = ? and a.status = 'published' and a.deleted_at is null limit 1`,
          )
          .get(lang) as { slug: string }
      ).slug,
  );

for (const lang of ["gu", "en"] as const) {
  test(`share links, tag pills and footer links of /${lang} are easy to tap on a phone`, async ({ page }) => {
    await page.goto(`/${lang}/article/${taggedStory(lang)}`);
    const article = page.getByRole("main").getByRole("article");
    await expectTappable(
      article.getByRole("region", { name: lang === "gu" ? "આ સમાચાર શેર કરો" : "Share this story" }).getByRole("link"),
    );
    await expectTappable(
      article.getByRole("region", { name: lang === "gu" ? "ટૅગ" : "Tags", exact: true }).getByRole("link"),
    );
    await expectTappable(page.getByRole("contentinfo").getByRole("link"));
  });
}

test("pagination links are easy to tap on a phone", async ({ page }) => {
  addSectionWithStories("tap-pages", "Tap pages", 45);
  await page.goto("/en/category/tap-pages/page/2");
  await expectTappable(page.getByRole("navigation", { name: "Pages" }).getByRole("link"));
});
