import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresMissing, postgresTestsRun, type PrivatePostgres, startPostgres } from "../helpers/postgres";
import { startPortalProcess } from "../helpers/portal-process";

// `npm start` with DATABASE_URL naming an empty private PostgreSQL: it migrates and seeds it, then serves
// the test build; the reader's pages and both editions' search answer from PostgreSQL.
test.skip(!postgresTestsRun(), postgresMissing);

const port = Number(process.env.E2E_PORT ?? 3100) + 4;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-e2e-"));
let server: PrivatePostgres;
let portal: Awaited<ReturnType<typeof startPortalProcess>>;
let story: { slug: string; title: string };
let section: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startPostgres();
  // scripts/start.ts: migrate, seed the demo newsroom (its images into a folder of this test's), serve.
  portal = await startPortalProcess(
    port,
    { DATABASE_URL: server.url, MEDIA_DIR: path.join(dir, "media") },
    { script: "scripts/start.ts", startMs: 150_000 },
  );
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  story = (
    await client.query(
      "select slug, title from articles where edition = 'en' and status = 'published' and deleted_at is null order by published_at desc limit 1",
    )
  ).rows[0];
  section = (await client.query("select slug from categories order by id limit 1")).rows[0].slug;
  await client.end();
});

test.afterAll(async () => {
  await portal?.stop();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function page(address: string) {
  const response = await fetch(`${portal.url}${address}`);
  return { status: response.status, body: await response.text() };
}

test("npm start on PostgreSQL serves both home pages, an article and a section from the seeded newsroom", async () => {
  const gu = await page("/gu");
  expect(gu.status).toBe(200);
  expect(gu.body).toContain('lang="gu"');
  const en = await page("/en");
  expect(en.status).toBe(200);
  expect(en.body).toContain(`/en/article/${story.slug}`);
  const article = await page(`/en/article/${story.slug}`);
  expect(article.status).toBe(200);
  expect(article.body).toContain(story.title.split(/[&<>"']/)[0]);
  const category = await page(`/en/category/${section}`);
  expect(category.status).toBe(200);
  expect(category.body).toContain(`/en/article/`);
});

test("search on PostgreSQL finds English and Gujarati stories, with the words marked", async () => {
  const english = await page("/en/search?q=metro");
  expect(english.status).toBe(200);
  expect(english.body).toMatch(/<mark[^>]*>metro/i);
  const gujarati = await page(`/gu/search?q=${encodeURIComponent("મેટ્રો")}`);
  expect(gujarati.status).toBe(200);
  expect(gujarati.body).toMatch(/<mark[^>]*>મેટ્રો/);
});
