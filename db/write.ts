import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { setTimeout as sleep } from "node:timers/promises";
import { connections, currentWrite, db, type DB, inWriteScope, withWriteLock } from "./index";

/**
 * Every write goes through here. On SQLite one writer at a time holds the lock: this process's
 * writes queue on an async lock and go through one write connection of their own, and a write
 * that finds the lock held by another process is retried after an awaited pause, so readers and
 * cached pages go on meanwhile. On PostgreSQL a serialization failure or deadlock is retried the same way.
 * Inside `write` (and `atomically`) the `db` of db/index.ts is that write connection or transaction.
 *
 * `fn` must be one write or one `atomically`, so a failed attempt leaves nothing behind, and it may
 * await nothing but the database: hashing, mail, file or network I/O belong before or after it, or
 * every other write of the process waits for them (and an open SQLite transaction holds the file's lock).
 */

export type WriteFailure = "busy" | "unwritable";

/** The database refused the write: locked past the wait, full, read-only or unreachable. */
export class WriteFailedError extends Error {
  constructor(
    readonly reason: WriteFailure,
    readonly code: string,
    options: { cause: unknown },
  ) {
    super(`database write failed: ${code}`, options);
    this.name = "WriteFailedError";
  }
}

// SQLite's codes, then PostgreSQL's (serialization failure, deadlock, lock not available; out of
// disk or memory, read-only transaction, shutting down, and the whole 08 class: connection lost).
const busy = /^(SQLITE_(BUSY|LOCKED)|(40001|40P01|55P03)$)/;
const unwritable =
  /^(SQLITE_(FULL|READONLY|IOERR|CANTOPEN|PERM|CORRUPT|NOTADB)|(53100|53200|25006|57P01|08[0-9A-Z]{3})$)/;

export const writeWait = {
  totalMs: Number(process.env.DB_WRITE_WAIT_MS ?? 5000),
  firstPauseMs: 5,
  longestPauseMs: 200,
};

/** The driver's code; Drizzle wraps PostgreSQL's errors, so the causes are searched too. */
function errorCode(error: unknown): { code: string; message: string } {
  for (
    let e = error, depth = 0;
    e && typeof e === "object" && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = "code" in e ? e.code : undefined;
    if (typeof code === "string" && code) return { code, message: e instanceof Error ? e.message : String(e) };
  }
  return { code: "", message: "" };
}

function classify(code: string): WriteFailure | null {
  return busy.test(code) ? "busy" : unwritable.test(code) ? "unwritable" : null;
}

/** One attempt: SQLite's in this process's turn, on the write connection; PostgreSQL's on the pool. */
function attempt<T>(fn: () => Promise<T>, waitMs: number): Promise<T> {
  const open = connections();
  const run = () => inWriteScope(open.write, false, fn);
  return open.kind === "sqlite" ? withWriteLock(run, waitMs) : run();
}

/** Runs `fn` now; while the lock is held elsewhere, again after growing pauses, up to `totalMs`. */
export async function write<T>(fn: () => Promise<T>, { totalMs = writeWait.totalMs } = {}): Promise<T> {
  // Already inside a write (a query that writes atomically, called from an action's write): one unit.
  if (currentWrite()) return fn();
  const started = Date.now();
  for (let pause = writeWait.firstPauseMs; ; pause = Math.min(pause * 2, writeWait.longestPauseMs)) {
    try {
      return await attempt(fn, totalMs - (Date.now() - started));
    } catch (error) {
      const { code, message } = errorCode(error);
      const reason = classify(code);
      if (!reason) throw error;
      // Jitter keeps writers that met at the lock from meeting again.
      const next = Math.round(pause * (0.5 + Math.random()));
      if (reason === "busy" && Date.now() - started + next <= totalMs) {
        await sleep(next);
        continue;
      }
      console.error(`[db] write not saved (${code}): ${message}`);
      throw new WriteFailedError(reason, code, { cause: error });
    }
  }
}

/** For forms: the written value, or `{ ok: false }` when the database refused (already logged) so the form can say so. */
export async function tryWrite<T>(
  fn: () => Promise<T>,
  options?: { totalMs?: number },
): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await write(fn, options) };
  } catch (error) {
    if (error instanceof WriteFailedError) return { ok: false };
    throw error;
  }
}

/**
 * Several writes that land together or not at all: one transaction, in which `db` is the
 * transaction. Hand it to `write` or `tryWrite` (alone it takes the write lock but never retries);
 * inside another `atomically` it joins that transaction.
 */
export async function atomically<T>(fn: () => Promise<T>): Promise<T> {
  const scope = currentWrite();
  if (!scope) return attempt(() => atomically(fn), Infinity);
  if (scope.inTransaction) return fn();
  if (connections().kind === "postgres") {
    // The cast: node-postgres's transaction builds the same queries as SQLite's DB type (see db/index.ts).
    return scope.db.transaction((tx) => inWriteScope(tx as unknown as DB, true, fn)) as unknown as Promise<T>;
  }
  // better-sqlite3's own transaction() refuses async work: the write lock keeps everything else
  // of this process off the write connection while this transaction is open.
  const connection = scope.db;
  await connection.run(sql`begin immediate`);
  try {
    const value = await inWriteScope(connection, true, fn);
    await connection.run(sql`commit`);
    return value;
  } catch (error) {
    // A failed COMMIT may already have ended the transaction (SQLite rolls back on some I/O errors).
    const client = (connection as unknown as { $client: { inTransaction: boolean } }).$client;
    if (client.inTransaction) await connection.run(sql`rollback`);
    throw error;
  }
}

/**
 * Inside `atomically`: lets one transaction at a time past this point for `key` (e.g. one reader's
 * comments), so a check and the write it allows cannot interleave with another request's. SQLite's
 * `BEGIN IMMEDIATE` already lets one writer in; PostgreSQL takes a lock that ends with the transaction.
 */
export async function exclusiveFor(key: number): Promise<void> {
  if (connections().kind !== "postgres") return;
  // DB is typed as SQLite's handle (db/index.ts); PostgreSQL's runs raw SQL with execute().
  await (db as unknown as { execute: (query: SQL) => Promise<unknown> }).execute(
    sql`select pg_advisory_xact_lock(${key})`,
  );
}
