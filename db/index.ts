import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { openSqlite } from "./connection";
import * as schema from "./schema";

export type DB = BetterSQLite3Database<typeof schema>;

// Short: a held lock must not stall the thread every reader shares (writes retry in db/write.ts).
const serverBusyTimeoutMs = Number(process.env.DB_BUSY_TIMEOUT_MS ?? 20);

const globalForDb = globalThis as unknown as { portalDb?: DB };

function instance(): DB {
  globalForDb.portalDb ??= drizzle(openSqlite(undefined, { busyTimeoutMs: serverBusyTimeoutMs }), { schema });
  return globalForDb.portalDb;
}

// Opened on first use, so `next build` never touches the database file.
export const db: DB = new Proxy({} as DB, {
  get: (_, property) => Reflect.get(instance(), property),
});
