import Database from "better-sqlite3";
import fs from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { type DatabaseEngine, databaseEngine } from "../db/engine";
import { type SeedValue, type SeedWriter, seedWriter } from "../db/seed/writer";
import { startCluster } from "../scripts/postgres-cluster";
import { freePort } from "../tests/helpers/nginx";

type Env = Record<string, string | undefined>;

// The bench's own reads and writes (slugs to request, commenters, counting the stored posts) on either engine.

/** `--engine sqlite|postgres`, else BENCH_ENGINE, else PostgreSQL when DATABASE_URL is a postgres:// URL, else SQLite. */
export function benchEngineKind(argv: string[], env: Env): DatabaseEngine["kind"] {
  const { values } = parseArgs({ args: argv, options: { engine: { type: "string" } } });
  const named = values.engine ?? env.BENCH_ENGINE;
  if (named === undefined || named === "") return databaseEngine(env).kind;
  if (named === "sqlite" || named === "postgres") return named;
  throw new Error(`--engine (or BENCH_ENGINE) is sqlite or postgres, not "${named}".`);
}

/**
 * The few statements the bench runs itself, written once for both engines: `?` placeholders,
 * double-quoted aliases (PostgreSQL folds unquoted ones), flags as true/false (SQLite reads them as 1/0).
 */
export type BenchDatabase = {
  all<T>(sql: string, params?: SeedValue[]): Promise<T[]>;
  get<T>(sql: string, params?: SeedValue[]): Promise<T | undefined>;
  run(sql: string, params?: SeedValue[]): Promise<number>;
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** One connection to the bench's database (the seed's writer over it: the same `?` SQL on both engines). */
export async function openBenchDatabase(target: DatabaseEngine, { readonly = false } = {}): Promise<BenchDatabase> {
  let close: () => Promise<void>;
  let writer: SeedWriter;
  if (target.kind === "sqlite") {
    const sqlite = new Database(target.path, { readonly });
    writer = seedWriter(sqlite);
    close = async () => void sqlite.close();
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    writer = seedWriter(client);
    close = () => client.end();
  }
  return {
    all: (sql, params) => writer.all(sql, params),
    get: async <T>(sql: string, params?: SeedValue[]) => (await writer.all<T>(sql, params))[0],
    run: (sql, params) => writer.run(sql, params),
    transaction: (work) => writer.transaction(work),
    close,
  };
}

/** Runs `work` on a connection of its own, closed afterwards. */
export async function withBenchDatabase<T>(
  target: DatabaseEngine,
  work: (db: BenchDatabase) => Promise<T>,
  options?: { readonly?: boolean },
): Promise<T> {
  const db = await openBenchDatabase(target, options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Stories in the database; 0 when it (or its tables) does not exist yet. */
export async function articleCount(target: DatabaseEngine): Promise<number> {
  if (target.kind === "sqlite" && !fs.existsSync(target.path)) return 0;
  return withBenchDatabase(
    target,
    async (db) => {
      try {
        return (await db.get<{ n: number }>(`select count(*) as "n" from articles`))?.n ?? 0;
      } catch {
        return 0;
      }
    },
    { readonly: true },
  );
}

export type BenchPostgres = {
  url: string;
  /** Private cluster: drops and creates the bench's database, for a new seed. Absent for DATABASE_URL's database. */
  recreate?: () => Promise<void>;
  stop: () => Promise<void>;
};

const benchDatabaseName = "bench";

/**
 * The PostgreSQL to measure: DATABASE_URL's when it is a postgres:// URL (the bench never drops it), else a
 * private cluster kept in `dir` between runs (the seed is paid once) with PostgreSQL's durable defaults,
 * started on a free port for the run and stopped afterwards.
 */
export async function benchPostgres(env: Env, dir: string): Promise<BenchPostgres> {
  const given = databaseEngine(env);
  if (given.kind === "postgres") return { url: given.url, stop: async () => undefined };
  const cluster = await startCluster({ dir, port: await freePort(), durable: true, removeOnStop: false });
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const exists = await admin(`select 1 from pg_database where datname = '${benchDatabaseName}'`);
  if (!exists.rowCount) await admin(`create database ${benchDatabaseName}`);
  return {
    url: cluster.urlFor(benchDatabaseName),
    recreate: async () => {
      await admin(`drop database if exists ${benchDatabaseName} with (force)`);
      await admin(`create database ${benchDatabaseName}`);
    },
    stop: () => cluster.stop(),
  };
}
