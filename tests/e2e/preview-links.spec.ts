import { expect, test } from "../helpers/signed-in";
import { en } from "../../lib/i18n/en";
import { gu } from "../../lib/i18n/gu";
import { signPreviewToken } from "../../lib/preview-link";
import { insertDrafts } from "../helpers/article-list";

test.describe.configure({ timeout: 90_000 });

const secret = () => process.env.AUTH_SECRET ?? "";
// The phone layout's menu button ("☰ Menu"), which the desktop layout hides.
const menu = new RegExp(`^\\W*${en.site.menu}$`);

test("a colleague without an account opens a draft's signed preview link, which is never indexed nor kept by any cache", async ({
  asEditor: page,
  browser,
}) => {
  const title = `Night market plans ${Date.now().toString(36)}`;
  const [draft] = insertDrafts([{ title, edition: "gu" }]);
  await page.goto(`/admin/articles/${draft.id}/preview`);
  const link = await page.getByRole("textbox", { name: /^Preview link \(valid until .+\)$/ }).inputValue();
  expect(link).toMatch(new RegExp(`/gu/preview/${draft.id}\\.\\d+\\.[\\w-]+$`));

  const stranger = await browser.newContext();
  const colleague = await stranger.newPage();
  for (let visit = 0; visit < 2; visit++) {
    const response = await colleague.goto(link);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers["cache-control"]).toBe("private, no-store");
    expect(headers["x-robots-tag"]).toContain("noindex");
    expect(headers["x-page-cache"]).toBeUndefined();
    // The newsroom frames it (same origin only); every other page refuses all framing.
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  }
  await expect(colleague.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(colleague.locator("html")).toHaveAttribute("lang", "gu");
  await expect(colleague.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(colleague.getByRole("note")).toContainText("પૂર્વાવલોકન");
  const sitemap = await (await stranger.request.get("/sitemap.xml")).text();
  expect(sitemap).not.toContain("/preview/");
  await stranger.close();
});

test("an expired or tampered preview link is refused with a page in the link's language", async ({ browser }) => {
  const [draft] = insertDrafts([{ title: `Old preview ${Date.now().toString(36)}`, edition: "en" }]);
  const stranger = await browser.newContext();
  const page = await stranger.newPage();

  const expired = await page.goto(`/en/preview/${signPreviewToken(draft.id, Date.now() - 60_000, secret())}`);
  expect(expired?.status()).toBe(403);
  expect(expired?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(page.getByRole("heading", { name: en.previewLink.refusedTitle })).toBeVisible();
  await expect(page.getByText(en.previewLink.expired)).toBeVisible();

  const [, expiry, mac] = signPreviewToken(draft.id, Date.now() + 3_600_000, secret()).split(".");
  expect((await page.goto(`/en/preview/${draft.id + 1}.${expiry}.${mac}`))?.status()).toBe(403);
  await expect(page.getByText(en.previewLink.invalid)).toBeVisible();

  expect((await page.goto(`/gu/preview/${draft.id}.${Number(expiry) + 1}.${mac}`))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: gu.previewLink.refusedTitle })).toBeVisible();
  await expect(page.getByText(gu.previewLink.invalid)).toBeVisible();
  await stranger.close();
});

test("the editor's preview shows the phone layout at 390 pixels and the desktop layout at full width", async ({
  asEditor: page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const title = `Monsoon drains ${Date.now().toString(36)}`;
  const [draft] = insertDrafts([{ title, edition: "en" }]);
  await page.goto(`/admin/articles/${draft.id}/preview`);
  const frame = page.getByTitle(en.admin.preview.frameTitle);
  const inside = frame.contentFrame();
  await expect(inside.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(inside.getByText(menu)).toBeHidden();

  await page.getByRole("button", { name: "Phone (390 px)" }).click();
  await expect(page.getByRole("button", { name: "Phone (390 px)" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await frame.boundingBox())?.width).toBe(390);
  await expect(inside.getByText(menu)).toBeVisible();

  await page.getByRole("button", { name: "Desktop" }).click();
  await expect(inside.getByText(menu)).toBeHidden();
});
