import { expect, type Cookie, type Page } from "@playwright/test";

export type Person = { email: string; password: string };

// Session cookies of people already signed in once in this worker: later tests
// reuse them instead of going through the form (and its argon2 check) again.
const sessions = new Map<string, Cookie[]>();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Signs `who` in and lands on `next`; reuses a saved session while the portal still accepts it. */
export async function signIn(page: Page, who: Person, next: string) {
  const saved = sessions.get(who.email);
  if (saved && (await reuse(page, saved))) {
    await page.goto(next);
    if (new URL(page.url()).pathname.split("/")[2] !== "sign-in") return;
  }
  await page.goto(`/en/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  // argon2 verification is deliberately slow, and slower still on a busy machine.
  await expect(page).toHaveURL(new RegExp(`${escape(next)}$`), { timeout: 20_000 });
  sessions.set(
    who.email,
    (await page.context().cookies()).filter((cookie) => cookie.name.includes("session-token")),
  );
}

/** True when the saved cookies still make an active session (not signed out everywhere, banned or demoted since). */
async function reuse(page: Page, cookies: Cookie[]): Promise<boolean> {
  await page.context().addCookies(cookies);
  const viewer = await (await page.request.get("/api/viewer")).json();
  if (viewer.status === "active") return true;
  await page.context().clearCookies();
  return false;
}
