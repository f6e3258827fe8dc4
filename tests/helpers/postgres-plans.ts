import type pg from "pg";
import { db } from "@/db";

type Sent = { text: string; values: unknown[] };

/**
 * Runs `work` (named queries, on PostgreSQL) and returns PostgreSQL's plan for every statement it sent,
 * planned with sequential scans off: a test's few rows would otherwise be read whole, hiding the plan
 * the same statement gets on a newsroom's hundred thousand stories. Rolled back afterwards.
 */
export async function postgresPlans(work: () => unknown): Promise<{ text: string; plan: string }[]> {
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  const original = pool.query;
  const sent: Sent[] = [];
  pool.query = function (this: pg.Pool, config: string | pg.QueryConfig, values?: unknown[]) {
    const text = typeof config === "string" ? config : config.text;
    sent.push({ text, values: (typeof config === "string" ? undefined : config.values) ?? values ?? [] });
    return (original as (...args: unknown[]) => unknown).apply(this, [config, values].slice(0, arguments.length));
  } as typeof pool.query;
  try {
    await work();
  } finally {
    pool.query = original;
  }
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query("set local enable_seqscan = off");
    const plans = [];
    for (const { text, values } of sent) {
      const rows = (await client.query<{ "QUERY PLAN": string }>(`explain ${text}`, values)).rows;
      plans.push({ text, plan: rows.map((row) => row["QUERY PLAN"]).join("\n") });
    }
    return plans;
  } finally {
    await client.query("rollback");
    client.release();
  }
}
