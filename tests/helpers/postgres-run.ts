import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { removePostgres } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    sharedPostgresFolder: string;
  }
}

/**
 * Vitest's global setup: a folder where the run's shared PostgreSQL cluster (tests/helpers/shared-postgres.ts)
 * leaves its address when a test file first needs it, and the removal of that cluster when the run ends.
 * Nothing starts here, so a run without PostgreSQL tests pays nothing.
 */
export default function setup(project: TestProject) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-run-"));
  project.provide("sharedPostgresFolder", folder);
  const teardown = () => {
    const clusterDir = path.join(folder, "cluster-dir");
    if (fs.existsSync(clusterDir)) removePostgres(fs.readFileSync(clusterDir, "utf8"));
    fs.rmSync(folder, { recursive: true, force: true });
  };
  process.once("exit", teardown);
  return () => {
    process.off("exit", teardown);
    teardown();
  };
}
