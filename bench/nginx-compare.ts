import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { findNginx, freePort, startNginx } from "../tests/helpers/nginx";
import { type LoadRow, underLoad } from "./measure";

/** The body exactly as sent (no decoding), for an Accept-Encoding. */
export function rawBody(url: string, encoding: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve(Buffer.concat(chunks)));
      })
      .on("error", reject);
  });
}

/**
 * nginx serving one saved copy of the page as a plain file, plain and precompressed (the very
 * bytes the proxy sends), with the same worker count and file-serving settings as the proxy
 * under test (tests/helpers/nginx.ts runs deploy/nginx.conf with one worker): the ceiling.
 */
export function plainFileNginx(html: Buffer, gzipped: Buffer, port: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-nginx-"));
  fs.chmodSync(dir, 0o755); // nginx's workers run as "nobody" when started by root
  fs.mkdirSync(path.join(dir, "root"), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, "root/article.html"), html);
  fs.writeFileSync(path.join(dir, "root/article.html.gz"), gzipped);
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_timeout 65; server_tokens off; gzip_static on; gunzip on;
  client_body_temp_path ${dir}/t1; proxy_temp_path ${dir}/t2; fastcgi_temp_path ${dir}/t3; uwsgi_temp_path ${dir}/t4; scgi_temp_path ${dir}/t5;
  server { listen 127.0.0.1:${port}; root ${dir}/root; default_type text/html; } }`,
  );
  const run = (...args: string[]) =>
    spawnSync(findNginx(), ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), ...args]);
  run();
  return {
    url: `http://127.0.0.1:${port}/article.html`,
    stop: () => (run("-s", "stop"), fs.rmSync(dir, { recursive: true, force: true })),
  };
}

export type NginxComparison = { rows: LoadRow[]; ratios: { gzip: number; identity: number } };

/**
 * The article through deploy/nginx.conf next to nginx serving the same bytes as a file, as
 * browsers ask for it (gzip) and uncompressed. The proxy's copy is a cache HIT throughout.
 */
export async function compareWithNginx(
  portalPort: number,
  articlePath: string,
  load: { connections: number; seconds: number },
): Promise<NginxComparison | null> {
  try {
    findNginx();
  } catch {
    console.log("nginx is not installed: the through-nginx comparison is left out (apt-get install nginx-light).");
    return null;
  }
  const proxy = await startNginx(portalPort);
  const url = `${proxy.url}${articlePath}`;
  const gzipped = await rawBody(url, "gzip");
  const plain = plainFileNginx(await rawBody(url, "identity"), gzipped, await freePort());
  const gzip = { "accept-encoding": "gzip, deflate, br" };
  try {
    const rows = [
      await underLoad("article through nginx, gzip", url, { ...load, headers: gzip }),
      await underLoad("same bytes as a plain file, gzip", plain.url, { ...load, headers: gzip }),
      await underLoad("article through nginx, uncompressed", url, load),
      await underLoad("same bytes as a plain file, uncompressed", plain.url, load),
    ];
    const ratio = (a: LoadRow, b: LoadRow) => Math.round((100 * a["req/s"]) / b["req/s"]);
    return { rows, ratios: { gzip: ratio(rows[0], rows[1]), identity: ratio(rows[2], rows[3]) } };
  } finally {
    proxy.stop();
    plain.stop();
  }
}
