import type { Page } from "@playwright/test";
import { expect, test } from "../helpers/signed-in";
import sharp from "sharp";
import { demoAdmin } from "../helpers/moderation-desk";
import { demoEditor, Newsroom } from "../helpers/newsroom";
import { testDatabase } from "../helpers/database";

// Uploads are re-encoded by sharp and saves refresh caches: on a busy machine these take seconds.
test.describe.configure({ timeout: 180_000 });
const slow = { timeout: 20_000 };

const stamp = () => Date.now().toString(36);
const wide = () =>
  sharp({ create: { width: 2400, height: 800, channels: 3, background: "#2b8a3e" } })
    .png()
    .toBuffer();

/** Uploads an image into the library and waits for its edit page. */
async function upload(page: Page, file: { name: string; buffer: Buffer; mimeType: string }, altEn: string) {
  await page.goto("/admin/media");
  await page.getByLabel("Image file").setInputFiles(file);
  await page.getByLabel("Alt text (English)").fill(altEn);
  await page.getByRole("button", { name: "Upload" }).click();
}

function mediaRow(id: number) {
  const db = testDatabase();
  try {
    return db.prepare("select * from media where id = ?").get(id) as
      | { alt_en: string; alt_gu: string; credit_en: string; focal_x: number; focal_y: number; file_name: string }
      | undefined;
  } finally {
    db.close();
  }
}

test("an editor uploads an image, describes it in both languages, sets its focal point and uses it in a story; it cannot be deleted until the story lets go of it", async ({
  page,
  browser,
}) => {
  const newsroom = new Newsroom(page);
  await newsroom.signIn(demoEditor, "/admin/media");
  await expect(page.getByRole("heading", { name: "Media library", level: 1 })).toBeVisible();

  const key = stamp();
  const firstAlt = `Green field ${key}`;
  await upload(page, { name: `field-${key}.png`, mimeType: "image/png", buffer: await wide() }, firstAlt);
  await expect(page).toHaveURL(/\/admin\/media\/\d+\?done=uploaded$/, slow);
  await expect(page.getByRole("status")).toContainText("The image is in the library.");
  const mediaId = Number(/\/admin\/media\/(\d+)/.exec(page.url())![1]);

  const altEn = `Paddy fields near Anand ${key}`;
  await page.getByLabel("Alt text (English)").fill(altEn);
  await page.getByLabel("Alt text (Gujarati)").fill(`આણંદ પાસે ડાંગરનાં ખેતરો ${key}`);
  await page.getByLabel("Credit (English)").fill("Photo: Test desk");
  await page.getByLabel("Credit (Gujarati)").fill("ફોટો: ટેસ્ટ ડેસ્ક");
  const picture = page.getByRole("img", { name: firstAlt });
  const box = (await picture.boundingBox())!;
  await picture.click({ position: { x: box.width * 0.8, y: box.height * 0.3 } });
  await expect(page.getByLabel("Focal point across (0 = left edge, 1 = right edge)")).toHaveValue(/^0\.(79|8|81)$/);
  await page.getByLabel("Focal point down (0 = top edge, 1 = bottom edge)").fill("0.25");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#media-edit-status")).toHaveText("Saved.", slow);
  expect(mediaRow(mediaId)).toMatchObject({
    alt_en: altEn,
    alt_gu: `આણંદ પાસે ડાંગરનાં ખેતરો ${key}`,
    credit_en: "Photo: Test desk",
    focal_y: 0.25,
  });
  expect(mediaRow(mediaId)!.focal_x).toBeCloseTo(0.8, 1);

  // The library finds it by its new words.
  await page.goto(`/admin/media?q=${encodeURIComponent(`Anand ${key}`)}`);
  await expect(page.getByText("1 image", { exact: true })).toBeVisible();

  // A story takes it as its featured image and inside its text.
  const title = `Paddy harvest begins early ${key}`;
  await newsroom.openNew();
  await newsroom.fill({
    title,
    body: "Opening paragraph.\n\nClosing paragraph.",
    section: "Gujarat",
    tags: "",
    status: "Published",
  });
  await page.getByRole("button", { name: "Choose from library" }).click();
  const picker = page.getByRole("dialog", { name: "Choose an image from the library" });
  await picker.getByRole("searchbox").fill(key);
  await picker.getByRole("searchbox").press("Enter");
  await picker.getByRole("button", { name: `Use “${altEn}”` }).click();
  await expect(picker).toBeHidden();
  await expect(newsroom.field("Image description (alt text)")).toHaveValue(altEn);
  await expect(page.getByText("Chosen from the library. Save the story to keep it.")).toBeVisible();

  const body = newsroom.field("Story text (Markdown)");
  await body.evaluate((area: HTMLTextAreaElement) =>
    area.setSelectionRange("Opening paragraph.".length, "Opening paragraph.".length),
  );
  await page.getByRole("button", { name: "Insert image" }).click();
  await picker.getByRole("searchbox").fill(key);
  await picker.getByRole("button", { name: "Search" }).click();
  await picker.getByRole("button", { name: `Use “${altEn}”` }).click();
  await expect(body).toHaveValue(
    new RegExp(
      `^Opening paragraph\\.\\n\\n!\\[${altEn}\\]\\(/media/uploads/[\\w/]+\\.webp\\)\\n\\nClosing paragraph\\.$`,
    ),
  );
  await newsroom.save();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?done=created/, slow);
  const storyId = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
  const slug = await newsroom.field("Slug (web address)").inputValue();

  const reader = await browser.newPage();
  await reader.goto(`/en/article/${slug}`);
  const story = reader.getByRole("article");
  await expect(story.getByRole("img", { name: altEn })).toHaveCount(2);
  const inline = story.locator('.prose-article img[src^="/media/uploads/"]');
  await expect(inline).toHaveAttribute("loading", "lazy");
  await expect(inline).toHaveAttribute("width", "1600");
  await expect(inline).toHaveAttribute("height", "533");
  await expect(story.locator("figure img")).toHaveAttribute("style", /object-position: ?100% 50%/);
  await expect(story.getByText("Photo: Test desk")).toBeVisible();
  await reader.close();

  // Deleting is refused while the story uses it, and names the story.
  await page.goto(`/admin/media/${mediaId}`);
  await expect(
    page.getByRole("region", { name: "Stories using this image" }).getByRole("link", { name: title }),
  ).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete the image" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "cannot be deleted" });
  await expect(refusal).toContainText("This image cannot be deleted: it is still used by", slow);
  await expect(refusal.getByRole("link", { name: title })).toHaveAttribute("href", `/admin/articles/${storyId}`);
  expect(mediaRow(mediaId)).toBeDefined();

  await newsroom.openEditor(storyId);
  await page.getByLabel("Remove the image").check();
  await body.fill("Opening paragraph.\n\nClosing paragraph.");
  await newsroom.save();
  await expect(newsroom.formStatus).toHaveText("Saved.", slow);

  await page.goto(`/admin/media/${mediaId}`);
  await expect(page.getByText("No story uses this image.")).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete the image" }).click();
  await expect(page).toHaveURL(/\/admin\/media\?done=deleted$/, slow);
  await expect(page.getByRole("status")).toHaveText("The image has been deleted.");
  expect(mediaRow(mediaId)).toBeUndefined();

  // The audit log has the upload, the edit and the delete.
  const admin = await browser.newPage();
  await new Newsroom(admin).signIn(demoAdmin, "/admin/audit");
  await admin.goto("/admin/audit?kind=media");
  for (const action of ["Image uploaded", "Image edited", "Image deleted"]) {
    await expect(
      admin
        .getByRole("row")
        .filter({ hasText: action })
        .filter({ hasText: `field-${key}.png` })
        .first(),
    ).toBeVisible();
  }
  await admin.close();
});

test("a text file renamed .jpg is refused with a message, and a focal point outside 0 to 1 is refused in Gujarati too", async ({
  asEditor: page,
}) => {
  await page.goto("/admin/media");
  await upload(
    page,
    { name: "holiday.jpg", mimeType: "image/jpeg", buffer: Buffer.from("These are words, not a photograph.") },
    "Not a photo",
  );
  await expect(
    page.getByText("This file is not a JPEG, PNG or WebP image (its content was checked, not its name)."),
  ).toBeVisible(slow);
  await expect(page.getByLabel("Alt text (English)")).toHaveValue("Not a photo");
  await expect(page).toHaveURL(/\/admin\/media$/);

  await upload(
    page,
    { name: `focus-${stamp()}.png`, mimeType: "image/png", buffer: await wide() },
    "A field for the range check",
  );
  await expect(page).toHaveURL(/\/admin\/media\/\d+\?done=uploaded$/, slow);
  await new Newsroom(page).switchToGujarati();
  await expect(page.getByRole("heading", { name: "ચિત્ર બદલો", level: 1 })).toBeVisible();
  const across = page.getByLabel("કેન્દ્રબિંદુ આડું (0 = ડાબી ધાર, 1 = જમણી ધાર)");
  await across.fill("1.5");
  await page.getByRole("button", { name: "સેવ કરો" }).click();
  await expect(page.getByText("0થી 1 વચ્ચેનો આંકડો લખો.")).toBeVisible(slow);
  await expect(across).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("link", { name: "મીડિયા લાઇબ્રેરી પર પાછા જાઓ" }).click();
  await expect(page.getByRole("heading", { name: "મીડિયા લાઇબ્રેરી", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "View in English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a commenter is refused the media library", async ({ asCommenter: page }) => {
  await page.goto("/en/account");
  const response = await page.goto("/admin/media");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
});
