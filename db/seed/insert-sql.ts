// SQL text both engines read alike: quoted identifiers and multi-row inserts.

export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `insert into "t" ("a", "b") values (…), (…)` for `rows` rows, each placeholder made by `placeholder(n)` (1-based). */
export function insertSql(
  table: string,
  columns: readonly string[],
  rows: number,
  placeholder: (n: number) => string,
  ignoreDuplicates = false,
): string {
  const tuples: string[] = [];
  for (let r = 0, n = 1; r < rows; r++) {
    const one: string[] = [];
    for (let c = 0; c < columns.length; c++) one.push(placeholder(n++));
    tuples.push(`(${one.join(", ")})`);
  }
  return `insert into ${quoted(table)} (${columns.map(quoted).join(", ")}) values ${tuples.join(", ")}${
    ignoreDuplicates ? " on conflict do nothing" : ""
  }`;
}
