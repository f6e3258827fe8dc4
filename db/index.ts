import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { isReadOnlyDatabase, openSqlite } from "./connection";
import { type DatabaseEngine, databaseEngine } from "./engine";
import * as schema from "./schema";
import * as pgSchema from "./schema-pg";
import { type EngineKind, selectEngineTables } from "./tables";

/**
 * The one database handle queries use. Typed as SQLite's Drizzle database; on PostgreSQL it is
 * node-postgres's, which builds the same queries, so queries await builders and never call the
 * SQLite-only `.get()`, `.all()`, `.run()` or `.values()` (eslint.config.mjs refuses them).
 */
export type DB = BetterSQLite3Database<typeof schema>;

// 1 ms: every millisecond spent waiting here stalls all readers on the one thread; a write that
// meets the lock is retried after awaited pauses instead (db/write.ts). 20 ms gave readers a p99 of
// 333 ms while the lock was held elsewhere, 1 ms gives 47 ms (README, "Under contention").
const serverBusyTimeoutMs = Number(process.env.DB_BUSY_TIMEOUT_MS ?? 1);

export type Connections = {
  kind: EngineKind;
  /** Reads outside a write; on SQLite a connection of its own, which never sees an open transaction. */
  read: DB;
  /** SQLite: the one connection every write of this process goes through (db/write.ts). */
  write: DB;
  close: () => Promise<void>;
};

/**
 * The write scope of db/write.ts: inside it `db` is this handle (the write connection or the open
 * transaction). `open` turns false when the write ends, so work it started and left running (a
 * callback, a timer) reads through the read connection instead of slipping into a later transaction.
 */
export type WriteScope = { db: DB; inTransaction: boolean; open: boolean };

// On globalThis: Next may bundle this module into several server chunks, and there must be one
// set of connections, one scope and one write lock per process.
type Shared = { connections?: Connections; scope: AsyncLocalStorage<WriteScope>; writeLock: Promise<void> };
const shared = ((globalThis as unknown as { portalDbState?: Shared }).portalDbState ??= {
  scope: new AsyncLocalStorage<WriteScope>(),
  writeLock: Promise.resolve(),
});

function openSqliteConnections(file: string): Connections {
  const readClient = openSqlite(file, { busyTimeoutMs: serverBusyTimeoutMs });
  // A read-only file cannot be written by any connection: one in-memory image is enough.
  const writeClient = isReadOnlyDatabase(file) ? readClient : openSqlite(file, { busyTimeoutMs: serverBusyTimeoutMs });
  return {
    kind: "sqlite",
    read: drizzle(readClient, { schema }),
    write: drizzle(writeClient, { schema }),
    close: async () => {
      readClient.close();
      if (writeClient !== readClient) writeClient.close();
    },
  };
}

function openPostgres(url: string): Connections {
  const pool = new pg.Pool({ connectionString: url });
  // Same queries, other dialect: the cast is what lets one query layer serve both (see DB above).
  const handle = drizzlePg(pool, { schema: pgSchema }) as unknown as DB;
  return { kind: "postgres", read: handle, write: handle, close: () => pool.end() };
}

function open(engine: DatabaseEngine): Connections {
  selectEngineTables(engine.kind);
  return engine.kind === "postgres" ? openPostgres(engine.url) : openSqliteConnections(engine.path);
}

/** Opened on first use, so `next build` never touches the database. */
export function connections(): Connections {
  shared.connections ??= open(databaseEngine());
  return shared.connections;
}

/** Which SQL the open database speaks: the one place queries ask, for the few spots the dialects differ. */
export const dialect = (): EngineKind => connections().kind;

/** Tests that run the same queries on both engines: closes the database in use and opens this one. */
export async function switchDatabase(engine: DatabaseEngine): Promise<void> {
  await closeDatabase();
  shared.connections = open(engine);
}

/** Closes the connections; the next query opens them again (tests that change files underneath use it). */
export async function closeDatabase(): Promise<void> {
  const open = shared.connections;
  shared.connections = undefined;
  await open?.close();
}

/** The write scope this code runs in, if that write is still going on. */
export const currentWrite = (): WriteScope | undefined => {
  const scope = shared.scope.getStore();
  return scope?.open ? scope : undefined;
};

/** Runs `fn` with `db` meaning `handle` until it settles. */
export async function inWriteScope<T>(handle: DB, inTransaction: boolean, fn: () => Promise<T>): Promise<T> {
  const scope: WriteScope = { db: handle, inTransaction, open: true };
  try {
    return await shared.scope.run(scope, fn);
  } finally {
    scope.open = false;
  }
}

/** The process's own queue of writes was still ahead after the whole wait: reported as SQLite's busy. */
export class WriteQueueTimeout extends Error {
  readonly code = "SQLITE_BUSY";
}

/**
 * Runs `fn` holding this process's write lock: one write at a time, in arrival order. A write still
 * queued after `waitMs` gives up (WriteQueueTimeout) so its reader hears "not saved" instead of waiting
 * on; its place in the queue is handed on only when the write before it is done.
 */
export async function withWriteLock<T>(fn: () => Promise<T>, waitMs = Infinity): Promise<T> {
  const before = shared.writeLock;
  let release = () => {};
  shared.writeLock = new Promise<void>((resolve) => (release = resolve));
  if (Number.isFinite(waitMs)) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(resolve, Math.max(0, waitMs), false)));
    const ourTurn = await Promise.race([before.then(() => true), late]);
    clearTimeout(timer);
    if (!ourTurn) {
      void before.then(release);
      throw new WriteQueueTimeout(`still queued behind this process's writes after ${waitMs} ms`);
    }
  } else await before;
  try {
    return await fn();
  } finally {
    release();
  }
}

/** Inside `write()` the write connection or transaction, elsewhere the read connection. */
export const db: DB = new Proxy({} as DB, {
  get: (_, property) => Reflect.get(currentWrite()?.db ?? connections().read, property),
});

/** Rows an insert, update or delete touched: better-sqlite3 says `changes`, node-postgres `rowCount`. */
export function changedRows(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}

/**
 * Decoders for sql`` columns: node-postgres hands count(*) and bigint aggregates over as strings and
 * flags as booleans, better-sqlite3 as numbers. `.mapWith(Number)` for counts, this where null means something.
 */
export const numberOrNull = (value: unknown): number | null => (value === null ? null : Number(value));
