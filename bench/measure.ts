import autocannon from "autocannon";

export type LoadRow = {
  page: string;
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  "non-2xx": number;
  errors: number;
};

/** Requests per second and latency under `connections` concurrent readers, after a short warm-up. */
export async function underLoad(
  name: string,
  url: string,
  { connections, seconds, headers = {} }: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadRow> {
  await autocannon({ url, connections, duration: 2, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    page: name,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "non-2xx": result.non2xx,
    errors: result.errors,
  };
}

/** Latency as one reader sees it: the URLs one after another. */
export async function oneAtATime(urls: string[], headers: Record<string, string> = {}) {
  const timings: number[] = [];
  let failures = 0;
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    timings.push(performance.now() - started);
    if (!response.ok) failures++;
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) =>
    Number(timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))].toFixed(1));
  return { count: timings.length, p50: at(50), p95: at(95), failures };
}

/** Raw and gzip size of a page, and how much of it is the inline page data Next.js sends for hydration. */
export async function pageSize(url: string) {
  const { gzipSync } = await import("node:zlib");
  const html = Buffer.from(await (await fetch(url, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
  const inline = [...html.toString("utf8").matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce(
    (n, m) => n + m[1].length,
    0,
  );
  return { raw: html.length, gzip: gzipSync(html).length, inlineData: inline };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
