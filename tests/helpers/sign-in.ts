import { expect, type Cookie, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

export type Person = { email: string; password: string };
export type Role = "admin" | "editor" | "commenter";

/**
 * The demo accounts the `sign-in` setup project signs in once per run. Their sessions are shared by
 * every spec, so no test may sign them out, ban them, demote them or change their password: such
 * tests make a throwaway account of their own (`createCommenter`, `createAccount`).
 */
export const demoAccounts: Record<Role, Person> = {
  admin: { email: "admin@khabarsetu.test", password: "admin-demo-password" },
  editor: { email: "meera@khabarsetu.test", password: "editor-demo-password" },
  commenter: { email: "reader@khabarsetu.test", password: "reader-demo-password" },
};

/** Where the setup project keeps a role's signed-in browser state: beside the test database under `npm test`. */
export const savedSession = (role: Role) =>
  path.resolve(process.env.E2E_SESSIONS ?? path.join("test-results", ".auth"), `${role}.json`);

const roleOf = (who: Person) =>
  (Object.keys(demoAccounts) as Role[]).find((role) => demoAccounts[role].email === who.email);

// Session cookies of throwaway accounts already signed in once in this worker.
const sessions = new Map<string, Cookie[]>();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Signs in through the form, as a person does, and waits to land on `next`. */
export async function signInThroughForm(page: Page, who: Person, next: string) {
  await page.goto(`/en/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  // argon2 verification is deliberately slow, and slower still on a busy machine.
  await expect(page).toHaveURL(new RegExp(`${escape(next)}$`), { timeout: 20_000 });
}

/**
 * Puts `who` in a signed-in state and opens `next`: a demo account takes the session the setup
 * project saved; another account signs in through the form once per worker, then reuses its cookies.
 */
export async function signIn(page: Page, who: Person, next: string) {
  const role = roleOf(who);
  if (role && fs.existsSync(savedSession(role))) {
    const state = JSON.parse(fs.readFileSync(savedSession(role), "utf8")) as { cookies: Cookie[] };
    await page.context().addCookies(state.cookies);
    await page.goto(next);
    return;
  }
  const saved = sessions.get(who.email);
  if (saved && (await reuse(page, saved))) {
    await page.goto(next);
    if (new URL(page.url()).pathname.split("/")[2] !== "sign-in") return;
  }
  await signInThroughForm(page, who, next);
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
