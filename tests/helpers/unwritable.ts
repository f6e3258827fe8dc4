import type Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { closeDatabase, connections } from "@/db";

const clientOf = (handle: unknown) => (handle as { $client: Database.Database }).$client;
/** The SQLite connection behind `db` outside a write (opened on first use). */
export const serverConnection = () => clientOf(connections().read);
/** The connection every write of db/write.ts goes through. */
export const writeConnection = () => clientOf(connections().write);

const isRoot = () => process.getuid?.() === 0;

/**
 * Makes files and folders really unwritable, even for a connection that is already open: root
 * ignores permissions, so as root the files are made immutable (chattr +i), as the reported
 * fault was; otherwise their permission bits are cleared. Returns the undo.
 */
export function makeUnwritable(paths: string[]): () => void {
  const present = paths.filter((p) => fs.existsSync(p));
  if (isRoot()) {
    execFileSync("chattr", ["+i", ...present]);
    return () => execFileSync("chattr", ["-i", ...present]);
  }
  const modes = present.map((p) => fs.statSync(p).mode);
  for (const p of present) fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o555 : 0o444);
  reopenServerConnection(); // an open file stays writable for its owner: open it again, read-only now
  return () => {
    present.forEach((p, i) => fs.chmodSync(p, modes[i]));
    reopenServerConnection();
  };
}

/**
 * Fills the database for real: SQLite may not grow it past its current size, and the free pages
 * and free space left inside it are taken by filler rows, so the next write gets SQLITE_FULL. Returns the undo.
 */
export function fillDatabase(): () => void {
  const sqlite = serverConnection();
  sqlite.exec("create table if not exists test_filler (b blob)");
  // A per-connection limit: the write connection gets it too.
  const limit = (pages: unknown) => [sqlite, writeConnection()].forEach((c) => c.pragma(`max_page_count = ${pages}`));
  limit(sqlite.pragma("page_count", { simple: true }));
  const insert = sqlite.prepare("insert into test_filler values (randomblob(?))");
  for (const size of [4000, 400, 40, 1]) {
    try {
      for (;;) insert.run(size);
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_FULL") throw error;
    }
  }
  return () => {
    limit(4294967294);
    sqlite.exec("drop table test_filler");
  };
}

function reopenServerConnection(): void {
  void closeDatabase(); // SQLite closes at once; the next query opens again
}
