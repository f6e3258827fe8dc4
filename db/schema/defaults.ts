import { sql } from "drizzle-orm";

// Times are stored as integer milliseconds since the epoch (UTC): they survive
// JSON round-trips through the data cache, unlike Date objects.
export const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
