import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "./index";

/**
 * Every write goes through here. SQLite lets one writer in at a time and better-sqlite3 waits for
 * the lock on Node's only thread, so connections keep a short busy timeout and a write that finds
 * the lock taken is retried after an awaited pause: readers and cached pages go on meanwhile.
 * `fn` must be one synchronous write or one transaction, so a failed attempt leaves nothing behind.
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

const busy = /^SQLITE_(BUSY|LOCKED)/;
const unwritable = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|PERM|CORRUPT|NOTADB)/;

export const writeWait = {
  totalMs: Number(process.env.DB_WRITE_WAIT_MS ?? 5000),
  firstPauseMs: 5,
  longestPauseMs: 200,
};

function sqliteCode(error: unknown): string {
  const code = error && typeof error === "object" && "code" in error ? error.code : undefined;
  return typeof code === "string" ? code : "";
}

/** Runs `fn` now; while the lock is held elsewhere, again after growing pauses, up to `totalMs`. */
export async function write<T>(fn: () => T, { totalMs = writeWait.totalMs } = {}): Promise<T> {
  const started = Date.now();
  for (let pause = writeWait.firstPauseMs; ; pause = Math.min(pause * 2, writeWait.longestPauseMs)) {
    try {
      return fn();
    } catch (error) {
      const code = sqliteCode(error);
      const reason: WriteFailure | null = busy.test(code) ? "busy" : unwritable.test(code) ? "unwritable" : null;
      if (!reason) throw error;
      // Jitter keeps writers that met at the lock from meeting again.
      const next = Math.round(pause * (0.5 + Math.random()));
      if (reason === "busy" && Date.now() - started + next <= totalMs) {
        await sleep(next);
        continue;
      }
      console.error(`[db] write not saved (${code}): ${error instanceof Error ? error.message : String(error)}`);
      throw new WriteFailedError(reason, code, { cause: error });
    }
  }
}

/** For forms: the written value, or `{ ok: false }` when the database refused (already logged) so the form can say so. */
export async function tryWrite<T>(
  fn: () => T,
  options?: { totalMs?: number },
): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await write(fn, options) };
  } catch (error) {
    if (error instanceof WriteFailedError) return { ok: false };
    throw error;
  }
}

/** Several writes that land together or not at all (one transaction): the `fn` to hand `write` or `tryWrite`. */
export function atomically<T>(fn: () => T): T {
  return db.transaction(() => fn());
}
