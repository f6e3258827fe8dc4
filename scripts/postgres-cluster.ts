import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// A private PostgreSQL cluster started with initdb and pg_ctl, for the tests (thrown away) and the bench
// (kept between runs). No system service, no password: trust for local connections only.

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

export type ClusterOptions = {
  /** The cluster's folder: its data in `data/`, its log and unix socket beside it. Created if missing. */
  dir: string;
  port: number;
  /**
   * false: fsync, synchronous commit and full-page writes off, for a cluster thrown away after the tests.
   * true: PostgreSQL's defaults, every commit on disk before it is acknowledged (as SQLite's synchronous = FULL).
   */
  durable: boolean;
  /** Removes the folder when the cluster stops (and when the process exits with it still running). */
  removeOnStop: boolean;
  /** false: the cluster outlives the process that started it (whoever keeps `dir` stops it with `stopCluster`). */
  endsWithProcess?: boolean;
};

/** Stops the cluster in `dir` if it runs (at once, or cleanly so its next start needs no recovery), and removes `dir` if asked. */
export function stopCluster(
  dir: string,
  { remove = true, clean = !remove }: { remove?: boolean; clean?: boolean } = {},
): void {
  const bin = findPostgresBin();
  if (bin) {
    const args = ["-D", path.join(dir, "data"), "-m", clean ? "fast" : "immediate", "-w", "stop"];
    spawnSync(...command(runner(), path.join(bin, "pg_ctl"), args));
  }
  if (remove) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts the cluster in `dir`, creating it (initdb) when its data folder does not exist yet: listening on
 * `port` on 127.0.0.1 and on a unix socket in `dir`, trusting only those local connections. A cluster
 * left running by a run that was killed is stopped first. `stop()` ends it (and removes the folder if asked).
 */
export async function startCluster({ dir, port, durable, removeOnStop, endsWithProcess = true }: ClusterOptions) {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresMissing);
  const owner = runner();
  fs.mkdirSync(dir, { recursive: true });
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  const pgCtl = path.join(bin, "pg_ctl");
  // A thrown-away cluster needs no clean shutdown; a kept one is shut down cleanly so its next start needs no recovery.
  const onExit = () => stopCluster(dir, { remove: removeOnStop });
  try {
    if (!fs.existsSync(path.join(data, "PG_VERSION"))) {
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
        ...(durable ? [] : ["--no-sync"]),
      ]);
    } else if (fs.existsSync(path.join(data, "postmaster.pid"))) {
      stopCluster(dir, { remove: false });
    }
    // A process that ends abruptly takes its cluster with it.
    if (endsWithProcess) process.once("exit", onExit);
    const relaxed = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${relaxed}`;
    run(owner, pgCtl, ["-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start"]);
  } catch (error) {
    const tail = fs.existsSync(log) ? `\n${fs.readFileSync(log, "utf8").slice(-2000)}` : "";
    onExit();
    process.off("exit", onExit);
    throw new Error(`${(error as Error).message}${tail}`);
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    socketDir: dir,
    /** A connection URL for a database of that name on this cluster (create it first). */
    urlFor: (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      process.off("exit", onExit);
      onExit();
    },
  };
}

export type PostgresCluster = Awaited<ReturnType<typeof startCluster>>;
