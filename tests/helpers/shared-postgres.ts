import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { migratePostgres } from "@/db/migrate-pg";
import { startPostgres } from "./postgres";

// One PostgreSQL cluster for a whole unit run instead of one per test file (each start costs
// seconds): the first file that needs it starts it and migrates a template database; every file
// then gets a database of its own, copied from the template. tests/helpers/postgres-run.ts makes
// the folder that holds the cluster's address and removes the cluster when the run ends.

type Cluster = { url: string; socketDir: string; port: number };
const template = "portal_migrated";

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

async function sharedCluster(): Promise<Cluster> {
  const folder = inject("sharedPostgresFolder");
  const stateFile = path.join(folder, "cluster.json");
  const lock = path.join(folder, "starting");
  for (;;) {
    if (fs.existsSync(stateFile)) return JSON.parse(fs.readFileSync(stateFile, "utf8")) as Cluster;
    try {
      fs.mkdirSync(lock);
    } catch {
      await pause(); // another file is starting it: wait for its address
      continue;
    }
    try {
      if (fs.existsSync(stateFile)) continue;
      const server = await startPostgres({ outlivesProcess: true });
      fs.writeFileSync(path.join(folder, "cluster-dir"), server.socketDir);
      try {
        await query(server.url, `create database ${template}`);
        await migratePostgres(server.urlFor(template));
      } catch (error) {
        // The next file to ask starts a cluster of its own: this one must not outlive the run unseen.
        fs.rmSync(path.join(folder, "cluster-dir"));
        await server.stop();
        throw error;
      }
      const cluster: Cluster = { url: server.url, socketDir: server.socketDir, port: server.port };
      fs.writeFileSync(`${stateFile}.tmp`, JSON.stringify(cluster));
      fs.renameSync(`${stateFile}.tmp`, stateFile);
    } finally {
      fs.rmdirSync(lock);
    }
  }
}

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let made = 0;

async function newDatabase(from: string): Promise<string> {
  const cluster = await sharedCluster();
  const name = `unit_${process.pid}_${++made}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await query(cluster.url, `create database ${name} template ${from}`);
      break;
    } catch (error) {
      // 55006: the template was in use (another copy starting at the same moment); it frees in milliseconds.
      if ((error as { code?: string }).code !== "55006" || attempt > 100) throw error;
      await pause();
    }
  }
  return `postgresql://postgres@127.0.0.1:${cluster.port}/${name}`;
}

/** A new, migrated, empty PostgreSQL database of this test file's own on the run's shared cluster; its URL. */
export const migratedPostgresDatabase = () => newDatabase(template);

/** A new PostgreSQL database with no tables yet (for tests of migrating and seeding), on the shared cluster. */
export const blankPostgresDatabase = () => newDatabase("template1");
