import { expect, test } from "@playwright/test";
import { publicPages } from "../helpers/page-types";

for (const lang of ["gu", "en"] as const) {
  test(`no public page of /${lang} logs an error in the browser`, async ({ page }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // A 404 page reports its own status; nothing else may fail.
      if (page.url().endsWith("/no-such-page") && /status of 404/.test(message.text())) return;
      errors.push(`${page.url()}: ${message.text()}`);
    });
    for (const path of Object.values(publicPages(lang))) {
      await page.goto(path);
      await page.waitForLoadState("load");
    }
    expect(errors).toEqual([]);
  });
}
