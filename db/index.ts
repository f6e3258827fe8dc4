import "server-only";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { openSqlite } from "./connection";
import * as schema from "./schema";

export type DB = BetterSQLite3Database<typeof schema>;

// 1 ms: every millisecond spent waiting here stalls all readers on the one thread; a write that
// meets the lock is retried after awaited pauses instead (db/write.ts). 20 ms gave readers a p99 of
// 333 ms while the lock was held elsewhere, 1 ms gives 47 ms (README, "Under contention").
const serverBusyTimeoutMs = Number(process.env.DB_BUSY_TIMEOUT_MS ?? 1);

const globalForDb = globalThis as unknown as { portalDb?: DB };

function instance(): DB {
  globalForDb.portalDb ??= drizzle(openSqlite(undefined, { busyTimeoutMs: serverBusyTimeoutMs }), { schema });
  return globalForDb.portalDb;
}

// Opened on first use, so `next build` never touches the database file.
export const db: DB = new Proxy({} as DB, {
  get: (_, property) => Reflect.get(instance(), property),
});
