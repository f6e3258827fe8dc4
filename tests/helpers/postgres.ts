import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./nginx";

export const postgresMissing =
  "PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin; Debian: apt-get install postgresql postgresql-contrib)";

const executable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The folder holding both initdb and pg_ctl: PATH first, then Debian's versioned folders, newest first. */
export function findPostgresBin(): string | null {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const debian = fs.existsSync("/usr/lib/postgresql")
    ? fs
        .readdirSync("/usr/lib/postgresql")
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`)
    : [];
  return (
    [...onPath, ...debian].find(
      (dir) => executable(path.join(dir, "initdb")) && executable(path.join(dir, "pg_ctl")),
    ) ?? null
  );
}

/** Another program of the same installation (pg_dump, pg_restore): beside initdb's real file, or Debian's folder. */
export function postgresTool(name: string): string {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresMissing);
  const real = path.dirname(fs.realpathSync(path.join(bin, "initdb")));
  const found = [bin, real].map((dir) => path.join(dir, name)).find(executable);
  if (!found) throw new Error(`${name} is not installed beside ${real}/initdb`);
  return found;
}

/**
 * Whether the PostgreSQL tests run here. Missing PostgreSQL skips them with the reason printed,
 * except in CI (CI set), where they run and fail loudly: CI must never pass without them.
 */
export function postgresTestsRun(): boolean {
  if (findPostgresBin() || process.env.CI) return true;
  console.warn(`${postgresMissing}, so the PostgreSQL tests were skipped. CI installs it, and fails without it.`);
  return false;
}

// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` account.
function runner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  const uid = id("-u");
  const gid = id("-g");
  if (uid.status !== 0 || gid.status !== 0)
    throw new Error(
      "Running as root needs the `postgres` account to start PostgreSQL (Debian's postgresql package creates it).",
    );
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

type Owner = ReturnType<typeof runner>;

const command = (owner: Owner, binary: string, args: string[]): [string, string[]] =>
  owner ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];

function run(owner: Owner, binary: string, args: string[]) {
  const result = spawnSync(...command(owner, binary, args), { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(binary)} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`,
    );
  }
}

/** Ends the cluster `startPostgres` made in `dir` at once and removes the folder. */
export function removePostgres(dir: string): void {
  const bin = findPostgresBin();
  if (bin)
    spawnSync(
      ...command(runner(), path.join(bin, "pg_ctl"), ["-D", path.join(dir, "data"), "-m", "immediate", "-w", "stop"]),
    );
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A private PostgreSQL cluster in a temporary folder: listening on a free port on 127.0.0.1 and on a
 * unix socket inside that folder, trusting only those local connections (no password anywhere),
 * durability off because it is thrown away. `stop()` ends it and removes the folder. It ends with
 * the process that started it, unless `outlivesProcess` (then whoever holds `socketDir` removes it).
 */
export async function startPostgres({ outlivesProcess = false } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error(`${postgresMissing}: the PostgreSQL tests cannot run (.ci/run installs it).`);
  const owner = runner();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-"));
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, "data");
  const pgCtl = path.join(bin, "pg_ctl");
  const port = await freePort();
  // A test worker that ends abruptly takes its cluster with it.
  const orphaned = () => removePostgres(dir);
  try {
    // UTF-8 with the C.UTF-8 locale (in every glibc): the text-search parser keeps Gujarati vowel signs and
    // viramas inside words there (and under C); other locales' character classes were not checked.
    run(owner, path.join(bin, "initdb"), [
      "-D",
      data,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
      "--no-sync",
    ]);
    if (!outlivesProcess) process.once("exit", orphaned);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run(owner, pgCtl, ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    const log = path.join(dir, "server.log");
    const tail = fs.existsSync(log) ? `\n${fs.readFileSync(log, "utf8").slice(-2000)}` : "";
    orphaned();
    process.off("exit", orphaned);
    throw new Error(`${(error as Error).message}${tail}`);
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    socketDir: dir,
    /** A connection URL for a database of that name on this cluster (create it first). */
    urlFor: (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      process.off("exit", orphaned);
      orphaned();
    },
  };
}

export type PrivatePostgres = Awaited<ReturnType<typeof startPostgres>>;
