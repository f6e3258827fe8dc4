import crypto from "node:crypto";
import { type Browser, expect, test } from "@playwright/test";
import { addFreshStory, createCommenter, withDatabase } from "../helpers/comment-thread";
import { addComment, demoModerator, ModerationDesk } from "../helpers/moderation-desk";
import { Newsroom } from "../helpers/newsroom";
import { startNginx } from "../helpers/nginx";
import { startPortalProcess } from "../helpers/portal-process";
import { redisMissing, redisTestsRun, startRedis } from "../helpers/redis";
import { signIn } from "../helpers/sign-in";

// Two portal processes (A and B) from the one test build, on the test database, sharing one
// private Redis and the same secrets, behind nginx-several.conf: what is written through A is
// what B serves on its very next request.
test.skip(!redisTestsRun(), redisMissing);
// Each test signs people in on two processes (argon2 checks): slower than one page visit.
test.describe.configure({ timeout: 90_000 });

const port = Number(process.env.E2E_PORT ?? 3100);
let redis: Awaited<ReturnType<typeof startRedis>>;
let processes: Awaited<ReturnType<typeof startPortalProcess>>[] = [];
let nginx: Awaited<ReturnType<typeof startNginx>>;
let A: string;
let B: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  redis = await startRedis();
  const shared = {
    REDIS_URL: redis.url,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
  };
  processes = await Promise.all([port + 1, port + 2].map((p) => startPortalProcess(p, shared)));
  [A, B] = processes.map((p) => p.url);
  nginx = await startNginx([port + 1, port + 2], "nginx-several.conf");
});
test.afterAll(async () => {
  nginx?.stop();
  await Promise.all(processes.map((p) => p.stop()));
  await redis?.stop();
});

const unique = (text: string) => `${text} ${Date.now()}-${crypto.randomBytes(3).toString("hex")}`;

async function read(base: string, path: string, cookie?: string) {
  const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
  return { state: response.headers.get("x-page-cache"), body: await response.text() };
}

/** B has the page in its own front cache and in the shared one: a later change must get past both. */
async function warm(path: string) {
  await read(B, path);
  expect((await read(B, path)).state, path).toBe("HIT");
}

/** A browser whose relative addresses go to one process. */
async function browserOn(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base });
  return { page: await context.newPage(), close: () => context.close() };
}

test("an article warmed on process B shows a comment approved through process A on B's very next request", async ({
  browser,
}) => {
  const slug = `several-processes-comment-${Date.now()}`;
  const path = addFreshStory(slug);
  const commenter = await createCommenter("Several Processes Reader");
  const text = unique("A reader's note approved on another process");
  addComment(slug, commenter.id, text);
  await warm(path);
  expect((await read(B, path)).body).not.toContain(text);

  const onA = await browserOn(browser, A);
  await signIn(onA.page, demoModerator, "/admin/moderation");
  const desk = new ModerationDesk(onA.page);
  await desk.open();
  await desk.act(text, "Approve");
  await expect(desk.status).toHaveText("Approved: 1.");
  await onA.close();

  expect((await read(B, path)).body).toContain(text);
});

test("a story published through process A is on B's home, section page and search at once", async ({ browser }) => {
  const word = `zephyrine${crypto.randomBytes(4).toString("hex")}`;
  const title = unique(`Ferry timetable ${word} changes`);
  const search = `/en/search?q=${word}`;
  for (const path of ["/en", "/en/category/gujarat", search]) await warm(path);

  const onA = await browserOn(browser, A);
  const newsroom = new Newsroom(onA.page);
  await newsroom.signIn(demoModerator);
  const { slug } = await newsroom.create({
    title,
    dek: "New sailing times from Monday.",
    body: `The ${word} ferry sails earlier from Monday.`,
    edition: "English",
    section: "Gujarat",
    tags: "",
    status: "Published",
  });
  await onA.close();

  // Search results mark the matched word inside the headline: look for the link to the story.
  for (const path of ["/en", "/en/category/gujarat", search]) {
    expect((await read(B, path)).body, path).toContain(`href="/en/article/${slug}"`);
  }
});

test("a commenter banned through process A has their session refused on A and on B", async ({ browser }) => {
  const slug = `several-processes-ban-${Date.now()}`;
  addFreshStory(slug);
  const commenter = await createCommenter("Several Processes Troll");
  const text = unique("A rude remark to be banned for");
  addComment(slug, commenter.id, text);

  const onB = await browserOn(browser, B);
  await signIn(onB.page, commenter, "/en/account");
  const cookie = (await onB.page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await onB.close();
  for (const base of [A, B]) expect(JSON.parse((await read(base, "/api/viewer", cookie)).body).status).toBe("active");

  const onA = await browserOn(browser, A);
  await signIn(onA.page, demoModerator, "/admin/moderation");
  const desk = new ModerationDesk(onA.page);
  await desk.open();
  await desk.act(text, "Ban author");
  await expect(desk.row(text)).toHaveCount(0);
  await onA.close();
  const banned = withDatabase(
    (db) => db.prepare("select banned_until from users where id = ?").get(commenter.id) as { banned_until: number },
  );
  expect(banned.banned_until).toBeGreaterThan(Date.now());

  for (const base of [A, B]) {
    const viewer = JSON.parse((await read(base, "/api/viewer", cookie)).body) as { status: string };
    expect(["banned", "signed-out"], base).toContain(viewer.status);
  }
});

test("nginx shares public pages of both processes and keeps every reader's own answers private", async () => {
  const path = addFreshStory(`several-processes-nginx-${Date.now()}`);
  const first = await fetch(`${nginx.url}${path}`);
  expect(first.status).toBe(200);
  expect((await fetch(`${nginx.url}${path}`)).headers.get("x-cache-status")).toBe("HIT");
  const viewer = await fetch(`${nginx.url}/api/viewer`);
  expect(viewer.headers.get("cache-control")).toBe("private, no-store");
  expect(await viewer.json()).toEqual({ status: "signed-out" });
});
