import { expect, test } from "@playwright/test";
import {
  AccountPages,
  accountExists,
  addComment,
  createAccount,
  forgetLoginAttempts,
  mailsTo,
  postSignUpForm,
  postSignUpLikeAScript,
  resetLinkFor,
  signUpForm,
} from "../helpers/account-pages";

const story = "/en/article/ahmedabad-metro-phase-two-opens";
let serial = 0;
const newEmail = () => `e2e-acct-${Date.now()}-${++serial}@example.com`;

// Every sign-in hashes or verifies an argon2 password: allow for a busy machine.
test.describe.configure({ timeout: 60_000 });
test.afterAll(() => forgetLoginAttempts("e2e-acct-%"));

test("the password-reset mail in the outbox sets a new password, and its link works once", async ({ page }) => {
  const accounts = new AccountPages(page);
  const email = newEmail();
  await createAccount(email, "forgotten password", "Forgetful Reader");

  await accounts.requestPasswordReset(email);
  const sent =
    "If an account uses that address, we have sent it a link to choose a new password. The link works once, within one hour.";
  await expect(accounts.status).toHaveText(sent);
  const link = await resetLinkFor(email);
  expect(mailsTo(email).at(-1)!.subject).toBe("Choose a new password for Khabar Setu");

  const nobody = newEmail();
  await accounts.requestPasswordReset(nobody);
  await expect(accounts.status).toHaveText(sent);

  await page.goto(link);
  await accounts.field("New password").fill("remembered at last");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=password-reset$/);
  await expect(accounts.status).toHaveText("Your password has been changed. Sign in with your new password.");

  await accounts.signIn(email, "forgotten password");
  await expect(accounts.status).toContainText("do not match");
  await accounts.signIn(email, "remembered at last", "/en/account");
  await expect(page).toHaveURL("/en/account");

  await page.goto(link);
  await expect(page.getByText("This link is not valid any more")).toBeVisible();
  expect(mailsTo(nobody)).toHaveLength(0);
});

test("repeated bad passwords get throttled, even the right password then, and Auth.js's own endpoint too", async ({
  page,
  request,
}) => {
  const accounts = new AccountPages(page);
  const email = newEmail();
  await createAccount(email, "the real password");
  for (let i = 0; i < 5; i++) {
    await accounts.signIn(email, `guess number ${i}`);
    await expect(accounts.status).toContainText("do not match");
  }
  await accounts.signIn(email, "the real password");
  await expect(accounts.status).toHaveText(/Too many failed sign-in attempts\. .*15 minutes/);
  await expect(page).toHaveURL(/\/en\/sign-in/);

  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const direct = await request.post("/api/auth/callback/credentials", {
    form: { email, password: "the real password", csrfToken },
    maxRedirects: 0,
  });
  expect(direct.headers().location).toContain("code=throttled");
  expect(direct.headers()["set-cookie"] ?? "").not.toContain("session-token");
});

// The test server asks for no least time on screen (FORM_STAMP_MIN_SECONDS=0), so the refusal of a form
// sent too fast is checked at unit level with a given clock (tests/unit/small-frictions.test.ts).
test("sign-up refuses a form with the hidden field filled, or one sent a second time", async ({ page, request }) => {
  const person = { name: "Speedy Bot", email: newEmail(), password: "bot password 123" };
  const trapped = await postSignUpLikeAScript(request, { ...person, website: "http://spam.example" });
  expect(await trapped.text()).toContain("We could not accept this form. Please reload the page and try again.");
  expect(accountExists(person.email)).toBe(false);

  const form = await signUpForm(request);
  const first = await postSignUpForm(request, { ...form, ...person });
  expect(await first.text()).toContain("We have sent a message to");
  const replayed = await postSignUpForm(request, { ...form, ...person, email: newEmail() });
  expect(await replayed.text()).toContain("We could not accept this form. Please reload the page and try again.");
  expect(mailsTo(person.email)).toHaveLength(1);

  await new AccountPages(page).openSignUp();
  await expect(page.getByRole("textbox", { name: "Leave this field empty" })).toHaveCount(0);
  await expect(page.locator('input[name="website"]')).toHaveAttribute("tabindex", "-1");
});

test("bad input on the account forms gets a clear message under the field", async ({ page }) => {
  const accounts = new AccountPages(page);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await accounts.openSignUp();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(accounts.status).toHaveText("Please correct the fields marked below.");
  const name = accounts.field("Display name");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await name.getAttribute("aria-describedby"))!.split(" ");
  await expect(page.locator(`[id="${describedBy.at(-1)}"]`)).toHaveText("This field is required.");

  // Past the maxlength a browser enforces, as a script would send it.
  await name.evaluate((input: HTMLInputElement) => (input.value = "x".repeat(200_000)));
  await accounts.field("Email address").fill('"><script>alert(1)</script>@example');
  await accounts.field("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("A display name can have at most 80 characters.")).toBeVisible();
  await expect(page.getByText("Enter an email address such as name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(accounts.field("Email address")).toHaveValue('"><script>alert(1)</script>@example');

  const email = newEmail();
  await accounts.signUp(
    { name: '<img src=x onerror="alert(1)">', email, password: "harmless name, really" },
    { next: "//evil.example/steal" },
  );
  await accounts.finishSignUp(email);
  await accounts.field("Email address").fill(email);
  await accounts.field("Password").fill("harmless name, really");
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/en");
  await page.goto("/en/account");
  await expect(accounts.field("Display name")).toHaveValue('<img src=x onerror="alert(1)">');
  expect(dialogs).toEqual([]);
});

test("a signed-in reader sees their comments, changes their display name and password; other devices are signed out", async ({
  page,
  browser,
}) => {
  const accounts = new AccountPages(page);
  const email = newEmail();
  const id = await createAccount(email, "first password", "Old Name");
  addComment(id, "ahmedabad-metro-phase-two-opens", "Waiting for this one.", "pending");
  addComment(id, "ahmedabad-metro-phase-two-opens", "Already on the page.", "approved");
  const other = await browser.newContext();
  await new AccountPages(await other.newPage()).signIn(email, "first password", "/en/account");
  await accounts.signIn(email, "first password", "/en/account");
  const comments = page.getByRole("region", { name: "Your comments" }).getByRole("listitem");
  await expect(comments).toHaveCount(2);
  await expect(comments.filter({ hasText: "Waiting for this one." })).toContainText("Awaiting moderation");
  await expect(comments.filter({ hasText: "Already on the page." })).toContainText("Published");
  await expect(comments.first().getByRole("link")).toHaveAttribute("href", `${story}#comments`);

  await accounts.field("Display name").fill("New Name");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your display name has been saved.")).toBeVisible();

  await accounts.field("Current password").fill("not it");
  await accounts.field("New password").fill("second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not correct.").first()).toBeVisible();
  await accounts.field("Current password").fill("first password");
  await accounts.field("New password").fill("second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed. Every other device has been signed out.")).toBeVisible();

  await page.reload();
  await expect(accounts.field("Display name")).toHaveValue("New Name");
  const otherPage = other.pages()[0];
  await otherPage.goto("/en/account");
  await expect(otherPage).toHaveURL(/\/en\/sign-in\?next=/);
  await other.close();
});

test("account pages speak the reader's edition", async ({ page }) => {
  await page.goto("/gu/account");
  await expect(page).toHaveURL(/\/gu\/sign-in\?next=%2Fgu%2Faccount$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "gu");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("સાઇન ઇન");
  await page.getByRole("link", { name: "એકાઉન્ટ બનાવો" }).click();
  await expect(page.getByText("તમારું ઇમેઇલ સરનામું પ્રકાશિત કરવામાં આવશે નહીં.")).toBeVisible();
});
