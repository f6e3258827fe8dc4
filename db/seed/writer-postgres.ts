import { createHash } from "node:crypto";
import pg from "pg";
import { insertSql, quoted } from "./insert-sql";
import type { SeedValue, SeedWriter } from "./writer";

// The seed's writer over one pg connection: rows go in multi-row inserts of up to a few hundred rows,
// each shape prepared once on the server (a named statement), inside the caller's transactions.

const maxRowsPerInsert = 500;
// Also the rows per transaction in a bulk load: the desk's count trigger updates the same few rows once per
// comment, and in one transaction each update walks the versions the earlier ones left (100,000 comments in
// one transaction: minutes; in transactions of 500: seconds).
// PostgreSQL's protocol allows 65,535 parameters per statement; stay well below.
const maxParameters = 30_000;

// Times are bigint columns: read them (and counts) as numbers, as the SQLite side does.
const bigintAsNumber = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
};

// `?` placeholders (the SQL both engines read) to PostgreSQL's numbered ones.
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export function postgresWriter(client: pg.Client | pg.PoolClient): SeedWriter {
  let depth = 0;
  const shapes = new Map<string, { name: string; text: string }>();
  const shape = (table: string, columns: readonly string[], rows: number, ignoreDuplicates: boolean) => {
    const key = `${table}|${columns.join(",")}|${rows}|${ignoreDuplicates}`;
    let known = shapes.get(key);
    if (!known) {
      const text = insertSql(table, columns, rows, (n) => `$${n}`, ignoreDuplicates);
      known = { name: `seed_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`, text };
      shapes.set(key, known);
    }
    return known;
  };
  const query = (text: string, values: SeedValue[] = []) =>
    client.query({ text: numbered(text), values, types: bigintAsNumber });

  return {
    engine: "postgres",
    batchRows: maxRowsPerInsert,
    async transaction(work) {
      if (depth > 0) return work();
      depth++;
      await client.query("BEGIN");
      try {
        const result = await work();
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        depth--;
      }
    },
    async bulk(work) {
      const { rows } = await client.query<{ value: string }>(`select current_setting('synchronous_commit') as "value"`);
      // Like SQLite's synchronous = NORMAL: a crash may lose the last commits, never corrupt anything.
      await client.query(`select set_config('synchronous_commit', 'off', false)`);
      try {
        return await work();
      } finally {
        await client.query(`select set_config('synchronous_commit', $1, false)`, [rows[0].value]);
      }
    },
    async insert(table, columns, rows, options) {
      const ignoreDuplicates = options?.ignoreDuplicates ?? false;
      const per = Math.max(1, Math.min(maxRowsPerInsert, Math.floor(maxParameters / columns.length)));
      for (let from = 0; from < rows.length; from += per) {
        const chunk = rows.slice(from, from + per);
        const { name, text } = shape(table, columns, chunk.length, ignoreDuplicates);
        await client.query({ name, text, values: chunk.flat() });
      }
    },
    async reserveIds(table, count) {
      if (depth === 0) throw new Error(`Reserving ids of ${table} needs a transaction.`);
      if (!Number.isInteger(count) || count < 1) throw new Error(`Reserve at least one id of ${table}, not ${count}.`);
      // Other writers wait until this transaction ends; readers do not.
      await client.query(`lock table ${quoted(table)} in share row exclusive mode`);
      const { rows } = await query(
        `select setval(s."seq", greatest((select coalesce(max("id"), 0) from ${quoted(table)}),
           coalesce(pg_sequence_last_value(s."seq"), 0)) + ?::bigint) - ?::bigint + 1 as "first"
         from (select pg_get_serial_sequence(?, 'id')::regclass as "seq") s`,
        [count, count, quoted(table)],
      );
      return (rows[0] as { first: number }).first;
    },
    async all<T>(sql: string, params: SeedValue[] = []) {
      return (await query(sql, params)).rows as T[];
    },
    async run(sql, params = []) {
      return (await query(sql, params)).rowCount ?? 0;
    },
  };
}
