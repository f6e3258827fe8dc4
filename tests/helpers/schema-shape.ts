import { getTableName, is, SQL, type Table } from "drizzle-orm";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";

// What two dialects' Drizzle schemas must agree on, reduced to plain data: each table's columns
// (nullability, TypeScript kind, enum values, default, primary), primary keys, unique constraints,
// indexes (name, columns, uniqueness) and foreign keys (columns, target, actions). Column types
// themselves differ by design (integer vs bigint times, integer vs boolean, text vs jsonb).

type Column = {
  name: string;
  notNull: boolean;
  dataType: string;
  enumValues?: string[];
  default?: unknown;
  hasDefault: boolean;
  primary: boolean;
  isUnique: boolean;
  autoIncrement?: boolean;
  generatedIdentity?: unknown;
};
type Config = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;
const names = (columns: readonly unknown[]) =>
  columns.map((c) => (is(c, SQL) ? "<sql>" : (c as { name: string }).name));

function columnShape(column: Column) {
  const generated = column.autoIncrement || column.generatedIdentity;
  const defaultValue = generated
    ? "<generated id>"
    : // SQLite marks an integer primary key (a rowid) as defaulted without declaring a default.
      !column.hasDefault || column.default === undefined
      ? "<none>"
      : is(column.default, SQL)
        ? "<sql>"
        : column.default;
  return {
    notNull: column.notNull,
    kind: column.dataType,
    enum: column.enumValues ?? null,
    default: defaultValue,
    primary: column.primary,
    unique: column.isUnique,
  };
}

function tableShape(config: Config) {
  const columns = Object.fromEntries(
    (config.columns as unknown as Column[]).map((c) => [c.name, columnShape(c)] as const).sort(),
  );
  const primaryKeys = config.primaryKeys.map((key) => names(key.columns).join(",")).sort();
  const uniques = config.uniqueConstraints.map((u) => `${u.getName()}(${names(u.columns).join(",")})`).sort();
  const indexes = Object.fromEntries(
    config.indexes
      .map(
        (index) => [index.config.name, { columns: names(index.config.columns), unique: index.config.unique }] as const,
      )
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
  const foreignKeys = config.foreignKeys
    .map((fk) => {
      const ref = fk.reference();
      const target = `${getTableName(ref.foreignTable as Table)}(${names(ref.foreignColumns).join(",")})`;
      return `(${names(ref.columns).join(",")}) -> ${target} on delete ${fk.onDelete ?? "no action"} on update ${fk.onUpdate ?? "no action"}`;
    })
    .sort();
  return { columns, primaryKeys, uniques, indexes, foreignKeys };
}

export type SchemaShape = Record<string, ReturnType<typeof tableShape>>;

const byName = (configs: Config[]): SchemaShape =>
  Object.fromEntries(configs.map((config) => [config.name, tableShape(config)] as const).sort());

export const sqliteShape = (module: Record<string, unknown>) =>
  byName(
    Object.values(module)
      .filter((v) => is(v, SQLiteTable))
      .map((t) => sqliteConfig(t as SQLiteTable)),
  );

export const pgShape = (module: Record<string, unknown>) =>
  byName(
    Object.values(module)
      .filter((v) => is(v, PgTable))
      .map((t) => pgConfig(t as PgTable)),
  );

/** Every way the second schema differs from the first, one readable line each (empty when they agree). */
export function schemaDifferences(sqlite: SchemaShape, pg: SchemaShape): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, where: string) => {
    if (a === undefined || b === undefined) {
      if (a !== b) out.push(`${where.slice(1)}: only in ${a === undefined ? "PostgreSQL" : "SQLite"}`);
    } else if (typeof a === "object" && a !== null && typeof b === "object" && b !== null && !Array.isArray(a)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${where}.${key}`);
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.push(`${where.slice(1)}: SQLite ${JSON.stringify(a)}, PostgreSQL ${JSON.stringify(b)}`);
    }
  };
  walk(sqlite, pg, "");
  return out;
}
