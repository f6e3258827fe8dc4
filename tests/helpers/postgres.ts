import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findPostgresBin, postgresMissing, startCluster, stopCluster } from "../../scripts/postgres-cluster";
import { freePort } from "./nginx";

export { findPostgresBin, postgresMissing, postgresTool } from "../../scripts/postgres-cluster";

/**
 * Whether the PostgreSQL tests run here. Missing PostgreSQL skips them with the reason printed,
 * except in CI (CI set), where they run and fail loudly: CI must never pass without them.
 */
export function postgresTestsRun(): boolean {
  if (findPostgresBin() || process.env.CI) return true;
  console.warn(`${postgresMissing}, so the PostgreSQL tests were skipped. CI installs it, and fails without it.`);
  return false;
}

/** Ends the cluster `startPostgres` made in `dir` at once and removes the folder. */
export function removePostgres(dir: string): void {
  stopCluster(dir, { remove: true });
}

/**
 * A private PostgreSQL cluster in a temporary folder (scripts/postgres-cluster.ts): a free port on
 * 127.0.0.1 and a unix socket inside that folder, durability off because it is thrown away.
 * `stop()` ends it and removes the folder. It ends with the process that started it, unless
 * `outlivesProcess` (then whoever holds `socketDir` removes it).
 */
export async function startPostgres({ outlivesProcess = false } = {}) {
  if (!findPostgresBin()) throw new Error(`${postgresMissing}: the PostgreSQL tests cannot run (.ci/run installs it).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-"));
  return startCluster({
    dir,
    port: await freePort(),
    durable: false,
    removeOnStop: true,
    endsWithProcess: !outlivesProcess,
  });
}

export type PrivatePostgres = Awaited<ReturnType<typeof startPostgres>>;
