import { expect, test } from "@playwright/test";
import { AccountPages, accountExists, createAccount, forgetLoginAttempts, mailsTo } from "../helpers/account-pages";

const story = "/en/article/ahmedabad-metro-phase-two-opens";
let serial = 0;
const newEmail = () => `e2e-acct-${Date.now()}-${++serial}@example.com`;

// Every sign-in hashes or verifies an argon2 password: allow for a busy machine.
test.describe.configure({ timeout: 60_000 });
test.afterAll(() => forgetLoginAttempts("e2e-acct-%"));

test("a reader signs up, signs out and signs in again, coming back to the story each time", async ({ page }) => {
  const accounts = new AccountPages(page);
  const email = newEmail();
  await accounts.openSignUp(story);
  await expect(page.getByText("Your email address will not be published.")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");

  await accounts.signUp(
    { name: "Asha Shah", email: ` ${email.toUpperCase()} `, password: "a long and memorable passphrase" },
    { next: story },
  );
  await expect(accounts.status).toHaveText(
    `Thank you. We have sent a message to ${email}: open the link in it to finish creating your account. It may take a few minutes to arrive.`,
  );
  expect(accountExists(email)).toBe(false);
  await accounts.finishSignUp(email);
  await expect(page.getByText("Your account is ready. Sign in with the password you chose.")).toBeVisible();
  await accounts.field("Email address").fill(email);
  await accounts.field("Password").fill("a long and memorable passphrase");
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(story);
  await page.goto("/en/account");
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await accounts.signOut();
  await page.getByRole("link", { name: "Account" }).click();
  await accounts.expectSignInPage("/en/account");

  await accounts.signIn(email, "a wrong passphrase", story);
  await expect(accounts.status).toHaveText(
    "That email address and password do not match an account. Check them and try again.",
  );
  await expect(accounts.field("Email address")).toHaveValue(email);

  await accounts.signIn(email, "a long and memorable passphrase", story);
  await expect(page).toHaveURL(story);
});

test("signing up with a registered address answers as for a new one, and mails the owner a notice instead", async ({
  page,
}) => {
  const accounts = new AccountPages(page);
  const owner = newEmail();
  await createAccount(owner, "the owner's password", "Owner");
  const stranger = newEmail();
  await accounts.signUp({ name: "Someone", email: stranger, password: "a new person's password" });
  await expect(accounts.status).toContainText(stranger);
  const answerForNew = (await accounts.status.textContent())!.replace(stranger, "EMAIL");
  await accounts.signUp({ name: "Intruder", email: owner, password: "an intruder's password" });
  await expect(accounts.status).toHaveText(answerForNew.replace("EMAIL", owner));
  await expect.poll(() => mailsTo(owner).map((mail) => mail.subject)).toEqual(["Your Khabar Setu account"]);
  expect(mailsTo(owner)[0].text).toContain("which already has one");
  await accounts.signIn(owner, "the owner's password", "/en/account");
  await expect(page).toHaveURL("/en/account");
});

test("an unknown email gets the same answer as a wrong password", async ({ page }) => {
  const accounts = new AccountPages(page);
  const email = newEmail();
  await createAccount(email, "the right password");
  await accounts.signIn(email, "the wrong password");
  await expect(accounts.status).not.toHaveText("");
  const wrongPassword = await accounts.status.textContent();
  await accounts.signIn(newEmail(), "the wrong password");
  await expect(accounts.status).toHaveText(wrongPassword!);
});

test("a session cookie saved before sign-out no longer works after it", async ({ page, browser }) => {
  const accounts = new AccountPages(page);
  const email = newEmail();
  await createAccount(email, "cookie test password", "Cookie Tester");
  await accounts.signIn(email, "cookie test password", "/en/account");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  const saved = await page.context().cookies();
  expect(saved.find((c) => c.name === "authjs.session-token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  const replay = async () => {
    const elsewhere = await browser.newContext();
    await elsewhere.addCookies(saved);
    const other = await elsewhere.newPage();
    await other.goto("/en/account");
    const url = other.url();
    await elsewhere.close();
    return new URL(url).pathname;
  };
  expect(await replay()).toBe("/en/account");

  await accounts.signOut();
  expect(await replay()).toBe("/en/sign-in");
});
