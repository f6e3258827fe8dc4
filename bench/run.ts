import autocannon from "autocannon";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepareEnv } from "../scripts/env";
import { run } from "../scripts/run";

// `npm run bench`: a large newsroom, the production server, and autocannon
// against the pages readers open most. Bounded: loopback only, fixed durations.
const databasePath = path.resolve(process.env.BENCH_DATABASE_PATH ?? "./data/bench.db");
const articles = Number(process.env.BENCH_ARTICLES ?? 100_000);
const comments = Number(process.env.BENCH_COMMENTS ?? 1_000_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const port = Number(process.env.BENCH_PORT ?? 3300);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const env = prepareEnv({ ...process.env, DATABASE_PATH: databasePath, NEXT_DIST_DIR: distDir, SITE_URL: `http://localhost:${port}` });

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
  const code = await run("node_modules/.bin/tsx", ["db/seed.ts", "--reset", "--articles", String(articles), "--comments", String(comments)], env);
  if (code !== 0) process.exit(code);
} else if ((await run("node_modules/.bin/tsx", ["db/migrate.ts"], env)) !== 0) {
  process.exit(1);
}
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  const code = await run("node_modules/.bin/next", ["build"], env);
  if (code !== 0) process.exit(code);
}

const db = new Database(databasePath, { readonly: true });
const pick = (sql: string) => (db.prepare(sql).get() as { slug: string }).slug;
const targets: Record<string, string> = {
  "home (gu)": "/gu",
  "article (en)": `/en/article/${encodeURIComponent(pick("select slug from articles where edition = 'en' and status = 'published' order by published_at desc limit 1 offset 40"))}`,
  "category (gu)": "/gu/category/gujarat",
  "category page 40 (en)": "/en/category/cricket?page=40",
  "search (en)": "/en/search?q=monsoon",
};
db.close();

const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], { env, stdio: ["ignore", "pipe", "inherit"] });
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Ready") && resolve());
  server.on("exit", () => reject(new Error("server exited before it was ready")));
});

function bench(url: string, duration: number) {
  return autocannon({ url, connections, duration });
}

const rows: Record<string, string | number>[] = [];
for (const [name, pathname] of Object.entries(targets)) {
  const url = `http://localhost:${port}${pathname}`;
  await bench(url, 3); // warm-up: first render, cache fill
  const result = await bench(url, seconds);
  rows.push({
    page: name,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "non-2xx": result.non2xx,
    errors: result.errors,
  });
}
// Search latency as one reader sees it: varied queries, one at a time.
const searchTerms = ["metro", "monsoon", "cricket", "budget", "surat", "election", "farmers", "officials said", "ahmed", "rain",
  "ચોમાસું", "ક્રિકેટ", "અમદાવાદ", "સુરત", "બજેટ", "ચૂંટણી", "ખેડૂત", "મેટ્રો", "ગુજ", "વરસાદ"];
const timings: number[] = [];
for (let round = 0; round < 10; round++) {
  for (const term of searchTerms) {
    const lang = /[\u0A80-\u0AFF]/.test(term) ? "gu" : "en";
    const started = performance.now();
    const response = await fetch(`http://localhost:${port}/${lang}/search?q=${encodeURIComponent(term)}`);
    await response.arrayBuffer();
    timings.push(performance.now() - started);
  }
}
timings.sort((a, b) => a - b);
const percentile = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))].toFixed(1);

const rss = fs.readFileSync(`/proc/${server.pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1];
server.kill("SIGTERM");

console.log(`\n${articles} articles, ${comments} comments, ${connections} connections, ${seconds} s per page`);
console.table(rows);
console.log(`search latency over ${timings.length} sequential queries: p50 ${percentile(50)} ms, p95 ${percentile(95)} ms`);
if (rss) console.log(`server memory (RSS) after the run: ${Math.round(Number(rss) / 1024)} MiB`);
