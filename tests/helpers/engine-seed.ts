import type Database from "better-sqlite3";
import type pg from "pg";
import { connections } from "@/db";
import { seedDemo } from "@/db/seed/demo";

/** Seeds the demo newsroom into the empty database `db` is open on, whichever the engine. */
export async function seedDemoHere(now = Date.now()): Promise<void> {
  const client = (connections().write as unknown as { $client: Database.Database | pg.Pool }).$client;
  if ("pragma" in client) {
    await seedDemo(client, undefined, now);
    return;
  }
  const one = await client.connect(); // the seed runs on one connection, in one transaction
  try {
    await seedDemo(one, undefined, now);
  } finally {
    one.release();
  }
}
