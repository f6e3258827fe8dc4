import type Database from "better-sqlite3";
import { db } from "@/db";

const client = () => (db as unknown as { $client: Database.Database }).$client;

/** Runs `work` (named queries) and returns SQLite's query plan for every statement it sent. */
export async function queryPlans(work: () => unknown): Promise<string[][]> {
  const sqlite = client();
  const original = sqlite.prepare.bind(sqlite);
  const seen: { source: string; params: unknown[] }[] = [];
  sqlite.prepare = ((source: string) => {
    const statement = original(source);
    for (const method of ["all", "get", "run", "iterate"] as const) {
      const call = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        seen.push({ source, params });
        return call(...params);
      };
    }
    return statement;
  }) as typeof sqlite.prepare;
  try {
    await work();
  } finally {
    sqlite.prepare = original;
  }
  return seen.map(({ source, params }) =>
    (original(`explain query plan ${source}`).all(...params) as { detail: string }[]).map((row) => row.detail),
  );
}
