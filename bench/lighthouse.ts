import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

// `npm run lighthouse`: Lighthouse's mobile preset (simulated slow 4G, mid-range phone) on the
// page types readers open, in both editions, against a portal that is already running.
// A measurement, not a test: figures vary with the machine's load, so each page is measured
// LIGHTHOUSE_RUNS times and the median run is printed.
const base = (process.env.LIGHTHOUSE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const chromePath = process.env.CHROME_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** The first link on a page that starts with `prefix` (read from the portal itself, so any database works). */
async function firstLink(path: string, prefix: string): Promise<string> {
  const html = await (await fetch(`${base}${path}`)).text();
  const found = html.match(new RegExp(`href="(${prefix}[^"?#]+)"`))?.[1];
  if (!found) throw new Error(`no link to ${prefix}… on ${path}: is the portal at ${base} running with stories?`);
  return found;
}

async function pagesOf(lang: "gu" | "en") {
  const article = await firstLink(`/${lang}`, `/${lang}/article/`);
  return {
    home: `/${lang}`,
    article,
    section: await firstLink(article, `/${lang}/category/`),
    tag: await firstLink(article, `/${lang}/tag/`),
    author: await firstLink(article, `/${lang}/author/`),
  };
}

type Result = { cls: number; performance: number; lcp: number; tbt: number };

async function measure(port: number, url: string): Promise<Result> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const lhr = result!.lhr;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    cls: numeric("cumulative-layout-shift"),
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
  };
}

const median = (results: Result[]) =>
  [...results].sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)];

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  console.log(`Lighthouse mobile preset on ${base}, median of ${runs} run(s) per page\n`);
  console.log("| page | path | performance | CLS | LCP ms | TBT ms |\n|---|---|---|---|---|---|");
  for (const lang of ["gu", "en"] as const) {
    for (const [type, path] of Object.entries(await pagesOf(lang))) {
      const results: Result[] = [];
      for (let i = 0; i < runs; i++) results.push(await measure(chrome.port, `${base}${path}`));
      const r = median(results);
      console.log(
        `| ${type} /${lang} | ${decodeURIComponent(path)} | ${r.performance} | ${r.cls.toFixed(3)} | ${Math.round(r.lcp)} | ${Math.round(r.tbt)} |`,
      );
    }
  }
} finally {
  chrome.kill();
}
