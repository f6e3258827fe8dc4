import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseEngine } from "../db/engine";
import { prepareEnv } from "../scripts/env";
import { run } from "../scripts/run";
import { postCommentActionId, postCommentsUnderLoad, prepareCommenters } from "./comment-writes";
import { compareWithNginx } from "./nginx-compare";
import { kib, type LoadRow, oneAtATime, pageSize, underLoad } from "./measure";
import { adminCookie } from "./session-cookie";

// `npm run bench`: a large newsroom, the production server (server/main.ts), and load on the
// pages readers open most. Bounded: loopback only, fixed durations. Targets: README, "Benchmark".
// The bench builds, seeds and reads its own SQLite file; measuring PostgreSQL is not written yet (README).
if (databaseEngine().kind === "postgres") {
  console.error("npm run bench measures SQLite only for now: unset DATABASE_URL to run it (it uses its own file).");
  process.exit(1);
}

const databasePath = path.resolve(process.env.BENCH_DATABASE_PATH ?? "./data/bench.db");
const articles = Number(process.env.BENCH_ARTICLES ?? 100_000);
const comments = Number(process.env.BENCH_COMMENTS ?? 1_000_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const port = Number(process.env.BENCH_PORT ?? 3300);
// BENCH_ONLY=cold,search,nginx (any of warm, cold, sizes, search, desk, nginx, writes) runs part of the set.
const only = new Set(
  (process.env.BENCH_ONLY ?? "warm,cold,sizes,search,desk,nginx,writes").split(",").map((s) => s.trim()),
);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const env = prepareEnv({
  ...process.env,
  DATABASE_PATH: databasePath,
  NEXT_DIST_DIR: distDir,
  SITE_URL: `http://localhost:${port}`,
  PORT: String(port),
});

function articleCount(): number {
  if (!fs.existsSync(databasePath)) return 0;
  const db = new Database(databasePath, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from articles").get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

if (articleCount() < articles) {
  console.log(`Seeding ${databasePath} with ${articles} articles and ${comments} comments…`);
  const code = await run(
    "node_modules/.bin/tsx",
    ["db/seed.ts", "--reset", "--articles", String(articles), "--comments", String(comments)],
    env,
  );
  if (code !== 0) process.exit(code);
} else if ((await run("node_modules/.bin/tsx", ["db/migrate.ts"], env)) !== 0) {
  process.exit(1);
}
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  const code = await run("node_modules/.bin/next", ["build"], env);
  if (code !== 0) process.exit(code);
}

const db = new Database(databasePath, { readonly: true });
const slugs = (lang: string, offset: number, limit: number) =>
  (
    db
      .prepare(
        `select slug from articles where edition = ? and status = 'published' and deleted_at is null and published_at <= ? order by published_at desc limit ? offset ?`,
      )
      .all(lang, Date.now(), limit, offset) as { slug: string }[]
  ).map((r) => encodeURIComponent(r.slug));
const one = (sql: string) => (db.prepare(sql).get() as { slug: string }).slug;
const tag = one(
  "select t.slug from tags t join article_tags x on x.tag_id = t.id where t.edition = 'en' group by t.id order by count(*) desc limit 1",
);
const author = one("select slug from users where role != 'commenter' and slug is not null order by id limit 1");
const [articleEn] = slugs("en", 40, 1);
const [articleGu] = slugs("gu", 40, 1);
// Different stories on every run: Next keeps rendered pages on disk, so a fixed set is cold only once.
const coldOffset = 1000 + Math.floor(Math.random() * 40_000);
const coldSlugs = [...slugs("en", coldOffset, 40), ...slugs("gu", coldOffset, 40)];
db.close();

const base = `http://localhost:${port}`;
const commenters = only.has("writes") ? await prepareCommenters(databasePath, env.AUTH_SECRET!, connections) : null;
const server = spawn("node_modules/.bin/tsx", ["server/main.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Serving on") && resolve());
  server.on("exit", () => reject(new Error("server exited before it was ready")));
});

const load = { connections, seconds };
const warm: Record<string, string> = {
  "article (en)": `/en/article/${articleEn}`,
  "article (gu)": `/gu/article/${articleGu}`,
  "home (gu)": "/gu",
  "section page 1 (gu)": "/gu/category/gujarat",
  "section page 40 (en)": "/en/category/cricket/page/40",
  "tag (en)": `/en/tag/${encodeURIComponent(tag)}`,
  "author (en)": `/en/author/${encodeURIComponent(author)}`,
  "search under load (en)": "/en/search?q=monsoon",
};
const rows: LoadRow[] = [];
if (only.has("warm"))
  for (const [name, pathname] of Object.entries(warm)) rows.push(await underLoad(name, `${base}${pathname}`, load));

const cold = only.has("cold")
  ? await oneAtATime(coldSlugs.map((slug, i) => `${base}/${i < 40 ? "en" : "gu"}/article/${slug}`))
  : null;

const sizes = !only.has("sizes")
  ? null
  : Object.fromEntries(
      await Promise.all(
        [
          ["home /gu", "/gu"],
          ["home /en", "/en"],
          ["article /gu", warm["article (gu)"]],
          ["article /en", warm["article (en)"]],
        ].map(async ([name, p]) => {
          const s = await pageSize(`${base}${p}`);
          return [name, { raw: kib(s.raw), gzip: kib(s.gzip), "inline data": kib(s.inlineData) }];
        }),
      ),
    );

// Search as one reader sees it: varied queries, each a cache miss (the round number makes each URL new).
const searchTerms = [
  "metro",
  "monsoon",
  "cricket",
  "budget",
  "surat",
  "election",
  "farmers",
  "officials said",
  "ahmed",
  "rain",
  "ચોમાસું",
  "ક્રિકેટ",
  "અમદાવાદ",
  "સુરત",
  "બજેટ",
  "ચૂંટણી",
  "ખેડૂત",
  "મેટ્રો",
  "ગુજ",
  "વરસાદ",
];
const searchUrls = Array.from({ length: 10 }, (_, round) =>
  searchTerms.map(
    (term) =>
      `${base}/${/[\u0A80-\u0AFF]/.test(term) ? "gu" : "en"}/search?q=${encodeURIComponent(term)}&round=${round}`,
  ),
).flat();
const search = only.has("search") ? await oneAtATime(searchUrls) : null;

const cookie = await adminCookie(databasePath, env.AUTH_SECRET!);
const desk = !only.has("desk")
  ? null
  : {
      pending: await oneAtATime(Array(40).fill(`${base}/admin/moderation`), { cookie }),
      reported: await oneAtATime(Array(40).fill(`${base}/admin/moderation?queue=reported`), { cookie }),
    };

const viaNginx = only.has("nginx") ? await compareWithNginx(port, warm["article (en)"], load) : null;

const writes = commenters
  ? await postCommentsUnderLoad(base, databasePath, postCommentActionId(distDir), commenters, seconds)
  : null;
commenters?.restore();

const rss = fs.readFileSync(`/proc/${server.pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1];
server.kill("SIGTERM");

console.log(`\n${articles} articles, ${comments} comments, ${connections} connections, ${seconds} s per page`);
if (rows.length) console.table(rows);
if (cold)
  console.log(
    `cache-miss article render, ${cold.count} distinct articles one at a time: p50 ${cold.p50} ms, p95 ${cold.p95} ms (target p50 <= 30 ms)`,
  );
if (sizes) console.table(sizes);
if (search)
  console.log(
    `search, ${search.count} sequential uncached queries: p50 ${search.p50} ms, p95 ${search.p95} ms (target p95 < 50 ms)`,
  );
if (desk)
  console.log(
    `moderation desk (signed in): pending p50 ${desk.pending.p50} ms, p95 ${desk.pending.p95} ms; reported p50 ${desk.reported.p50} ms, p95 ${desk.reported.p95} ms (target p95 < 200 ms)`,
  );
if (viaNginx) {
  console.table(viaNginx.rows);
  console.log(
    `through nginx / plain file: ${viaNginx.ratios.gzip}% with gzip, ${viaNginx.ratios.identity}% uncompressed (target >= 80%)`,
  );
}
if (writes) {
  console.table([writes]);
  console.log(
    `comment posts: ${writes["posts/s"]} saved per second from ${writes.commenters} commenters at once; ${writes.saved} acknowledged, ${writes.stored} in the database (must be equal)`,
  );
}
if (rss) console.log(`server memory (RSS) after the run: ${Math.round(Number(rss) / 1024)} MiB`);
