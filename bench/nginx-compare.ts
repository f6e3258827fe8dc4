import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findNginx, freePort, startNginx } from "../tests/helpers/nginx";
import { type LoadRow, underLoad } from "./measure";

/** nginx serving one saved copy of the page as a plain file: the ceiling for the proxied page. */
async function plainFileNginx(html: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-nginx-"));
  fs.chmodSync(dir, 0o755); // nginx's workers run as "nobody" when started by root
  fs.mkdirSync(path.join(dir, "root"), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, "root/article.html"), html);
  const port = await freePort();
  fs.writeFileSync(path.join(dir, "nginx.conf"), `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; sendfile on; keepalive_timeout 65;
  client_body_temp_path ${dir}/t1; proxy_temp_path ${dir}/t2; fastcgi_temp_path ${dir}/t3; uwsgi_temp_path ${dir}/t4; scgi_temp_path ${dir}/t5;
  server { listen 127.0.0.1:${port}; root ${dir}/root; default_type text/html; } }`);
  const run = (...args: string[]) => spawnSync(findNginx(), ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), ...args]);
  run();
  return { url: `http://127.0.0.1:${port}/article.html`, stop: () => (run("-s", "stop"), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** The article through deploy/nginx.conf next to nginx serving the same HTML as a file. */
export async function compareWithNginx(portalPort: number, articlePath: string, load: { connections: number; seconds: number }): Promise<LoadRow[] | null> {
  try {
    findNginx();
  } catch {
    console.log("nginx is not installed: the through-nginx comparison is left out (apt-get install nginx-light).");
    return null;
  }
  const proxy = await startNginx(portalPort);
  const html = Buffer.from(await (await fetch(`${proxy.url}${articlePath}`)).arrayBuffer());
  const plain = await plainFileNginx(html);
  try {
    const through = await underLoad("article through nginx", `${proxy.url}${articlePath}`, load);
    const file = await underLoad("same HTML as a plain file (nginx)", plain.url, load);
    return [through, file];
  } finally {
    proxy.stop();
    plain.stop();
  }
}
