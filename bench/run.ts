import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { DatabaseEngine } from "../db/engine";
import { prepareEnv } from "../scripts/env";
import { run } from "../scripts/run";
import { articleCount, benchEngineKind, benchPostgres, withBenchDatabase } from "./database";
import { postCommentActionId, postCommentsUnderLoad, prepareCommenters } from "./comment-writes";
import { compareWithNginx } from "./nginx-compare";
import { kib, type LoadRow, oneAtATime, pageSize, underLoad } from "./measure";
import { adminCookie } from "./session-cookie";

// `npm run bench`: a large newsroom, the production server (server/main.ts), and load on the
// pages readers open most. Bounded: loopback only, fixed durations. Targets: README, "Benchmark".
// SQLite by default, in its own file; `--engine postgres` (or BENCH_ENGINE=postgres, or a postgres:// DATABASE_URL)
// measures PostgreSQL: DATABASE_URL's, or a private cluster kept in data/bench-postgres/ (bench/database.ts).
const databasePath = path.resolve(process.env.BENCH_DATABASE_PATH ?? "./data/bench.db");
const articles = Number(process.env.BENCH_ARTICLES ?? 100_000);
const comments = Number(process.env.BENCH_COMMENTS ?? 1_000_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const port = Number(process.env.BENCH_PORT ?? 3300);
const engineKind = benchEngineKind(process.argv.slice(2), process.env);
// BENCH_ONLY=cold,search,nginx (any of warm, cold, sizes, search, desk, nginx, writes) runs part of the set.
const only = new Set(
  (process.env.BENCH_ONLY ?? "warm,cold,sizes,search,desk,nginx,writes").split(",").map((s) => s.trim()),
);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const postgres =
  engineKind === "postgres"
    ? await benchPostgres(process.env, path.resolve(process.env.BENCH_POSTGRES_DIR ?? "./data/bench-postgres"))
    : null;
// The cluster is stopped on exit (scripts/postgres-cluster.ts); Ctrl-C must reach that too.
if (postgres) process.once("SIGINT", () => process.exit(130));
const target: DatabaseEngine = postgres
  ? { kind: "postgres", url: postgres.url }
  : { kind: "sqlite", path: databasePath };
// SQLite's run uses its own file whatever DATABASE_URL says; PostgreSQL's gets the URL chosen above.
const inherited = { ...process.env };
delete inherited.DATABASE_URL;
const env = prepareEnv({
  ...inherited,
  ...(postgres ? { DATABASE_URL: postgres.url } : {}),
  DATABASE_PATH: databasePath,
  NEXT_DIST_DIR: distDir,
  SITE_URL: `http://localhost:${port}`,
  PORT: String(port),
});
const where = postgres ? (postgres.recreate ? "the private PostgreSQL" : "DATABASE_URL's PostgreSQL") : databasePath;

const present = await articleCount(target);
if (present < articles) {
  // SQLite starts again from an empty file, the private cluster from an empty database; DATABASE_URL's is only added to.
  if (postgres && !postgres.recreate && present > 0)
    console.log(`${where} has ${present} articles: adding ${articles} articles and ${comments} comments to them.`);
  else console.log(`Seeding ${where} with ${articles} articles and ${comments} comments…`);
  await postgres?.recreate?.();
  const started = Date.now();
  const code = await run(
    "node_modules/.bin/tsx",
    ["db/seed.ts", ...(postgres ? [] : ["--reset"]), "--articles", String(articles), "--comments", String(comments)],
    env,
  );
  if (code !== 0) process.exit(code);
  console.log(`Seeding took ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
} else if ((await run("node_modules/.bin/tsx", [postgres ? "db/migrate-pg.ts" : "db/migrate.ts"], env)) !== 0) {
  process.exit(1);
}
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  const code = await run("node_modules/.bin/next", ["build"], env);
  if (code !== 0) process.exit(code);
}

const reads = await withBenchDatabase(
  target,
  async (db) => {
    const slugs = async (lang: string, offset: number, limit: number) =>
      (
        await db.all<{ slug: string }>(
          `select slug from articles where edition = ? and status = 'published' and deleted_at is null and published_at <= ? order by published_at desc limit ? offset ?`,
          [lang, Date.now(), limit, offset],
        )
      ).map((r) => encodeURIComponent(r.slug));
    const one = async (sql: string) => (await db.get<{ slug: string }>(sql))!.slug;
    // Different stories on every run: Next keeps rendered pages on disk, so a fixed set is cold only once.
    // From 1,000 to 41,000 stories back on the full bench; within reach on a small one (BENCH_ARTICLES).
    const coldFrom = Math.min(1000, Math.floor(articles / 4));
    const coldOffset =
      coldFrom + Math.floor(Math.random() * Math.min(40_000, Math.max(0, articles / 2 - coldFrom - 40)));
    return {
      tag: await one(
        "select t.slug from tags t join article_tags x on x.tag_id = t.id where t.edition = 'en' group by t.id order by count(*) desc, t.id limit 1",
      ),
      author: await one("select slug from users where role != 'commenter' and slug is not null order by id limit 1"),
      articleEn: (await slugs("en", 40, 1))[0],
      articleGu: (await slugs("gu", 40, 1))[0],
      coldSlugs: [...(await slugs("en", coldOffset, 40)), ...(await slugs("gu", coldOffset, 40))],
    };
  },
  { readonly: true },
);
const { tag, author, articleEn, articleGu, coldSlugs } = reads;

const base = `http://localhost:${port}`;
const commenters = only.has("writes") ? await prepareCommenters(target, env.AUTH_SECRET!, connections) : null;
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

const cookie = await adminCookie(target, env.AUTH_SECRET!);
const desk = !only.has("desk")
  ? null
  : {
      pending: await oneAtATime(Array(40).fill(`${base}/admin/moderation`), { cookie }),
      reported: await oneAtATime(Array(40).fill(`${base}/admin/moderation?queue=reported`), { cookie }),
    };

const viaNginx = only.has("nginx") ? await compareWithNginx(port, warm["article (en)"], load) : null;

const writes = commenters
  ? await postCommentsUnderLoad(base, target, postCommentActionId(distDir), commenters, seconds)
  : null;
await commenters?.restore();

const rss = fs.readFileSync(`/proc/${server.pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1];
server.kill("SIGTERM");
if (postgres) {
  await new Promise((resolve) => server.once("exit", resolve));
  await postgres.stop();
}

console.log(
  `\n${engineKind === "postgres" ? "PostgreSQL" : "SQLite"}: ${articles} articles, ${comments} comments, ${connections} connections, ${seconds} s per page`,
);
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
