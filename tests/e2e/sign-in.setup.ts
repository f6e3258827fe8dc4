import { test as setup } from "@playwright/test";
import { demoAccounts, type Role, savedSession, signInThroughForm } from "../helpers/sign-in";

// Each demo role signs in through the form once per run; specs start from the saved session.
for (const role of Object.keys(demoAccounts) as Role[]) {
  setup(`the demo ${role} signs in once for every spec`, async ({ page }) => {
    await signInThroughForm(page, demoAccounts[role], "/en/account");
    await page.context().storageState({ path: savedSession(role) });
  });
}
