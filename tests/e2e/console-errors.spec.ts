import { expect, test } from "@playwright/test";
import { publicPages } from "../helpers/page-types";

for (const lang of ["gu", "en"] as const) {
  test(`no public page of /${lang} logs an error in the browser`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const path of Object.values(publicPages(lang))) {
      const errors: string[] = [];
      const onError = (error: Error) => errors.push(error.message);
      const onConsole = (message: import("@playwright/test").ConsoleMessage) => {
        if (message.type() === "error") errors.push(message.text());
      };
      page.on("pageerror", onError);
      page.on("console", onConsole);
      const response = await page.goto(path);
      await page.waitForLoadState("load");
      page.off("pageerror", onError);
      page.off("console", onConsole);
      // A 404 page's own status is reported by the browser; nothing else may fail.
      const unexpected = response?.status() === 404 ? errors.filter((e) => !/status of 404/.test(e)) : errors;
      expect(unexpected, path).toEqual([]);
    }
  });
}
