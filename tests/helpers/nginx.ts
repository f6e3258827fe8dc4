import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"].filter(Boolean) as string[];

export function findNginx(): string {
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) {
    throw new Error(
      "nginx is not installed: the deployment tests need it (Debian: apt-get install nginx-light, or set NGINX_PATH). CI installs it.",
    );
  }
  return found;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * A private nginx running deploy/nginx.conf (or `file`, e.g. nginx-several.conf) and the
 * snippets it includes as shipped, with only the listen port, the upstream (one process or
 * several), the pid file and the cache folder moved into a temporary folder.
 */
export async function startNginx(upstream: number | number[], file = "nginx.conf", { pageCache = true } = {}) {
  const nginx = findNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  const port = await freePort();
  const servers = [upstream]
    .flat()
    .map((p) => `server 127.0.0.1:${p};`)
    .join("\n    ");
  // Without its page cache (benchmarks of the processes behind it), nginx still keeps build assets.
  const moved = (text: string) => {
    const placed = text.replace("/var/cache/nginx/khabar-setu", `${dir}/cache`);
    return pageCache
      ? placed
      : placed.replace(/(location \/ \{\s*proxy_pass http:\/\/portal;\s*)proxy_cache pages;/, "$1proxy_cache off;");
  };
  for (const snippet of fs.readdirSync(path.resolve("deploy")).filter((name) => name.startsWith("portal-"))) {
    fs.writeFileSync(path.join(dir, snippet), moved(fs.readFileSync(path.resolve("deploy", snippet), "utf8")));
  }
  const config = moved(fs.readFileSync(path.resolve("deploy", file), "utf8"))
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replace(/(upstream portal \{[^}]*?)((?:\s*server [^;]+;)+)/, `$1\n    ${servers}`)
    .replace("pid /run/nginx-khabar-setu.pid;", `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;`)
    .replace("worker_processes auto;", "worker_processes 1;");
  // Started as root, nginx's workers run as "nobody": they must be able to write the cache and temp folders.
  fs.chmodSync(dir, 0o755);
  for (const name of ["cache", ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((n) => `temp/${n}`)]) {
    fs.mkdirSync(path.join(dir, name), { recursive: true, mode: 0o777 });
    fs.chmodSync(path.join(dir, name), 0o777);
  }
  fs.chmodSync(path.join(dir, "temp"), 0o755);
  const temps = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((n) => `${n}_temp_path ${dir}/temp/${n};`)
    .join("\n  ");
  fs.writeFileSync(path.join(dir, "nginx.conf"), config.replace("http {", `http {\n  ${temps}`));
  const run = (...args: string[]) =>
    spawnSync(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), ...args], {
      encoding: "utf8",
    });
  const started = run();
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  // nginx runs as a daemon: a test worker that ends abruptly still stops it.
  const orphaned = () => run("-s", "stop");
  process.once("exit", orphaned);
  return {
    url: `http://127.0.0.1:${port}`,
    stop() {
      process.off("exit", orphaned);
      run("-s", "stop");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
