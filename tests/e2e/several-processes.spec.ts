import crypto from "node:crypto";
import { type Browser, expect, test } from "@playwright/test";
import { demoModerator, ModerationDesk } from "../helpers/moderation-desk";
import { Newsroom } from "../helpers/newsroom";
import { postgresMissing, postgresTestsRun } from "../helpers/postgres";
import { redisMissing, redisTestsRun } from "../helpers/redis";
import { type Engine, SeveralProcesses } from "../helpers/several-processes";

// Two portal processes (A and B) from the one test build, sharing one private Redis, the same secrets
// and one database, behind nginx-several.conf: what is written through A is what B serves on its very
// next request. The same tests run on the SQLite test database and on a private PostgreSQL.
test.skip(!redisTestsRun(), redisMissing);
// Each test signs people in on two processes (argon2 checks): slower than one page visit.
test.describe.configure({ timeout: 90_000 });

const port = Number(process.env.E2E_PORT ?? 3100);
const engines: { engine: Engine; ports: [number, number]; runs: () => boolean; missing: string }[] = [
  { engine: "SQLite", ports: [port + 1, port + 2], runs: () => true, missing: "" },
  { engine: "PostgreSQL", ports: [port + 5, port + 6], runs: postgresTestsRun, missing: postgresMissing },
];

const unique = (text: string) => `${text} ${Date.now()}-${crypto.randomBytes(3).toString("hex")}`;

async function read(base: string, path: string, cookie?: string) {
  const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
  return { state: response.headers.get("x-page-cache"), body: await response.text() };
}

/** A browser whose relative addresses go to one process. */
async function browserOn(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base });
  return { page: await context.newPage(), close: () => context.close() };
}

for (const { engine, ports, runs, missing } of engines) {
  test.describe(`on ${engine}`, () => {
    test.skip(!runs(), missing);
    const several = new SeveralProcesses(engine);

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      await several.start(ports);
    });
    test.afterAll(() => several.stop());

    /** B has the page in its own front cache and in the shared one: a later change must get past both. */
    async function warm(path: string) {
      await read(several.B, path);
      expect((await read(several.B, path)).state, path).toBe("HIT");
    }

    test("an article warmed on process B shows a comment approved through process A on B's very next request", async ({
      browser,
    }) => {
      const { A, B, fixtures } = several;
      const slug = `several-processes-comment-${Date.now()}`;
      const path = await fixtures.addFreshStory(slug);
      const commenter = await fixtures.createCommenter("Several Processes Reader");
      const text = unique("A reader's note approved on another process");
      await fixtures.addComment(slug, commenter.id, text);
      await warm(path);
      expect((await read(B, path)).body).not.toContain(text);

      const onA = await browserOn(browser, A);
      await several.signIn(onA.page, demoModerator, "/admin/moderation");
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

      const onA = await browserOn(browser, several.A);
      await several.signIn(onA.page, demoModerator, "/admin");
      const { slug } = await new Newsroom(onA.page).create({
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
        expect((await read(several.B, path)).body, path).toContain(`href="/en/article/${slug}"`);
      }
    });

    test("a commenter banned through process A has their session refused on A and on B", async ({ browser }) => {
      const { A, B, fixtures } = several;
      const slug = `several-processes-ban-${Date.now()}`;
      await fixtures.addFreshStory(slug);
      const commenter = await fixtures.createCommenter("Several Processes Troll");
      const text = unique("A rude remark to be banned for");
      await fixtures.addComment(slug, commenter.id, text);

      const onB = await browserOn(browser, B);
      await several.signIn(onB.page, commenter, "/en/account");
      const cookie = (await onB.page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      await onB.close();
      for (const base of [A, B])
        expect(JSON.parse((await read(base, "/api/viewer", cookie)).body).status).toBe("active");

      const onA = await browserOn(browser, A);
      await several.signIn(onA.page, demoModerator, "/admin/moderation");
      const desk = new ModerationDesk(onA.page);
      await desk.open();
      await desk.act(text, "Ban author");
      await expect(desk.row(text)).toHaveCount(0);
      await onA.close();
      expect(await fixtures.bannedUntil(commenter.id)).toBeGreaterThan(Date.now());

      for (const base of [A, B]) {
        const viewer = JSON.parse((await read(base, "/api/viewer", cookie)).body) as { status: string };
        expect(["banned", "signed-out"], base).toContain(viewer.status);
      }
    });

    test("nginx shares public pages of both processes and keeps every reader's own answers private", async () => {
      const path = await several.fixtures.addFreshStory(`several-processes-nginx-${Date.now()}`);
      const first = await fetch(`${several.nginx}${path}`);
      expect(first.status).toBe(200);
      expect((await fetch(`${several.nginx}${path}`)).headers.get("x-cache-status")).toBe("HIT");
      const viewer = await fetch(`${several.nginx}/api/viewer`);
      expect(viewer.headers.get("cache-control")).toBe("private, no-store");
      expect(await viewer.json()).toEqual({ status: "signed-out" });
    });
  });
}
