import { sql } from "drizzle-orm";
import { bigint } from "drizzle-orm/pg-core";

// Times are integer milliseconds since the epoch (UTC), as in the SQLite schema; they outgrow
// PostgreSQL's 4-byte integer, so they are bigint read as JS numbers (exact up to 2^53).
export const millis = (name: string) => bigint(name, { mode: "number" });

// statement_timestamp(), like SQLite's unixepoch('subsec'), is the time the statement started.
export const now = sql`(floor(extract(epoch from statement_timestamp()) * 1000)::bigint)`;
