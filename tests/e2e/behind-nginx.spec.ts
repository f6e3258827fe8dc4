import { expect, test } from "@playwright/test";
import { addFreshStory, CommentThreadPage } from "../helpers/comment-thread";
import { startNginx } from "../helpers/nginx";

// deploy/nginx.conf in front of the test server, as a newsroom deploys it.
const editor = { email: "meera@khabarsetu.test", password: "editor-demo-password" };
const sharedSeconds = Number(process.env.CACHE_SHARED_SECONDS ?? 10);

let nginx: Awaited<ReturnType<typeof startNginx>>;

test.beforeAll(async ({ baseURL }) => {
  nginx = await startNginx(Number(new URL(baseURL!).port));
});
test.afterAll(() => nginx?.stop());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${nginx.url}${path}`, { headers, redirect: "manual" });

test("a second reader of an article is served from nginx's cache", async () => {
  const path = addFreshStory(`nginx-hit-${Date.now()}`);
  const first = await get(path);
  expect(first.status).toBe(200);
  expect(first.headers.get("cache-control")).toMatch(/^public, s-maxage=\d+/);
  const second = await get(path);
  expect(second.headers.get("x-cache-status")).toBe("HIT");
  expect(await second.text()).toBe(await first.text());
});

test("a signed-in reader gets the same cached page and their own state from the viewer route", async ({ page }) => {
  const path = addFreshStory(`nginx-viewer-${Date.now()}`);
  const thread = new CommentThreadPage(page);
  await thread.signIn(editor, path);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const anonymous = await (await get(path)).text();
  const signedIn = await get(path, { cookie });
  expect(signedIn.headers.get("x-cache-status")).toBe("HIT");
  expect(signedIn.headers.get("set-cookie")).toBeNull();
  expect(await signedIn.text()).toBe(anonymous);
  for (let i = 0; i < 2; i++) {
    const viewer = await get("/api/viewer", { cookie });
    expect(viewer.headers.get("cache-control")).toBe("private, no-store");
    expect(viewer.headers.get("x-cache-status")).not.toBe("HIT");
    expect(await viewer.json()).toMatchObject({ status: "active", user: { name: "Meera Trivedi" } });
  }
  expect(await (await get("/api/viewer")).json()).toEqual({ status: "signed-out" });
});

test("an approved comment shows through nginx within the shared cache lifetime", async ({ page }) => {
  const path = addFreshStory(`nginx-comment-${Date.now()}`);
  await get(path);
  expect((await get(path)).headers.get("x-cache-status")).toBe("HIT");
  const thread = new CommentThreadPage(page);
  await thread.signIn(editor, path);
  const text = `A newsroom note seen through nginx ${Date.now()}`;
  await thread.post(text);
  await expect(thread.status()).toHaveText("Thank you! Your comment is published.");
  await expect
    .poll(async () => (await get(path)).text(), { timeout: (sharedSeconds + 5) * 1000, intervals: [250] })
    .toContain(text);
});

test("account and newsroom pages are never cached by nginx", async ({ page }) => {
  const thread = new CommentThreadPage(page);
  await thread.signIn(editor, "/en/account");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (const path of ["/en/account", "/admin", "/en/sign-in"]) {
    for (let i = 0; i < 2; i++) {
      const response = await get(path, { cookie });
      expect(response.headers.get("x-cache-status"), path).not.toBe("HIT");
      expect(response.headers.get("cache-control"), path).toMatch(/private.*no-store|no-store.*private/);
    }
  }
});

test("a missing story stays a 404 with its edition's page through nginx's cache", async () => {
  for (let i = 0; i < 3; i++) {
    const response = await get("/gu/article/no-story-behind-nginx");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("પાનું મળ્યું નથી");
  }
});

test("a malformed address gets a 400 from nginx, not a 500", async () => {
  for (const path of ["/en/article/%E0%A4%A", "/en/article/%ZZ", "/%"]) {
    expect((await get(path)).status, path).toBe(400);
  }
});

test("nginx compresses pages and keeps build assets for a year", async () => {
  const home = await get("/en", { "accept-encoding": "gzip" });
  expect(home.headers.get("content-encoding")).toBe("gzip");
  const html = await home.text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const response = await get(asset!);
  expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
});
