import path from "node:path";
import { fileURLToPath } from "node:url";

// Which database engine the portal runs on, from DATABASE_URL. Pure: reads only the environment given.
export type DatabaseEngine = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };
type Env = Record<string, string | undefined>;

export const sqliteOnly =
  "DATABASE_URL points at PostgreSQL, but this works on the SQLite file only. Unset DATABASE_URL to use SQLite (DATABASE_PATH names the file).";

// The SQLite file as before DATABASE_URL existed: DATABASE_PATH, else ./data/portal.db.
const sqlitePath = (env: Env) => path.resolve(/*turbopackIgnore: true*/ env.DATABASE_PATH ?? "./data/portal.db");

function fileUrlPath(url: string): string | null {
  const rest = url.slice("file:".length);
  if (rest === "") return null;
  // file:///abs/x.db is a URL; file:./x.db and file:x.db are the relative paths people write.
  return path.resolve(/*turbopackIgnore: true*/ rest.startsWith("//") ? fileURLToPath(url) : rest);
}

/**
 * No DATABASE_URL, or a file: one: SQLite, at the path DATABASE_PATH names (a file: URL naming
 * another file is refused rather than half-obeyed). postgres:// or postgresql://: PostgreSQL.
 * Anything else is an error naming only the scheme (a URL may carry a password).
 */
export function databaseEngine(env: Env = process.env): DatabaseEngine {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: "sqlite", path: sqlitePath(env) };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  if (scheme === "file") {
    const named = fileUrlPath(url);
    if (named && named !== sqlitePath(env)) {
      throw new Error(
        `DATABASE_URL names the SQLite file ${named}, but the SQLite file is set by DATABASE_PATH (now ${sqlitePath(env)}): set DATABASE_PATH=${named} and leave DATABASE_URL unset.`,
      );
    }
    return { kind: "sqlite", path: sqlitePath(env) };
  }
  if (scheme === "postgres" || scheme === "postgresql") {
    try {
      new URL(url);
    } catch {
      throw new Error(
        "DATABASE_URL starts with postgres:// but is not a valid URL (user:password@host:port/database).",
      );
    }
    return { kind: "postgres", url };
  }
  throw new Error(
    `DATABASE_URL must be unset, a file: URL (SQLite) or a postgres:// URL, not ${scheme ? `a ${scheme}: URL` : "a bare value"}.`,
  );
}

/** The SQLite file to open; refuses clearly when DATABASE_URL chose PostgreSQL (never a silent SQLite beside it). */
export function sqliteDatabasePath(env: Env = process.env): string {
  const engine = databaseEngine(env);
  if (engine.kind === "postgres") throw new Error(sqliteOnly);
  return engine.path;
}
