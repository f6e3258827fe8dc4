import { type Browser, type Page, test as base } from "@playwright/test";
import { type Role, savedSession } from "./sign-in";

async function pageAs(browser: Browser, role: Role, handOver: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ storageState: savedSession(role) });
  await handOver(await context.newPage());
  await context.close();
}

/**
 * Pages already signed in as a demo role (from the session the `sign-in` setup project saved),
 * each in a browser of its own beside the test's anonymous `page`.
 */
export const test = base.extend<{ asAdmin: Page; asEditor: Page; asCommenter: Page }>({
  asAdmin: async ({ browser }, use) => pageAs(browser, "admin", use),
  asEditor: async ({ browser }, use) => pageAs(browser, "editor", use),
  asCommenter: async ({ browser }, use) => pageAs(browser, "commenter", use),
});

export { expect } from "@playwright/test";
export { savedSession };
