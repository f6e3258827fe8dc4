import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articleCount, benchEngineKind, benchPostgres, withBenchDatabase } from "../../bench/database";
import { stopCluster } from "../../scripts/postgres-cluster";
import { postgresTestsRun } from "../helpers/postgres";

describe("which engine the bench measures", () => {
  it("measures SQLite unless told otherwise, and PostgreSQL when --engine, BENCH_ENGINE or DATABASE_URL says so", () => {
    expect(benchEngineKind([], {})).toBe("sqlite");
    expect(benchEngineKind(["--engine", "postgres"], {})).toBe("postgres");
    expect(benchEngineKind(["--engine=postgres"], {})).toBe("postgres");
    expect(benchEngineKind([], { BENCH_ENGINE: "postgres" })).toBe("postgres");
    expect(benchEngineKind([], { DATABASE_URL: "postgres://bench@127.0.0.1:5432/news" })).toBe("postgres");
    expect(benchEngineKind(["--engine", "sqlite"], { DATABASE_URL: "postgres://bench@127.0.0.1:5432/news" })).toBe(
      "sqlite",
    );
  });

  it("refuses an engine it does not know", () => {
    expect(() => benchEngineKind(["--engine", "mysql"], {})).toThrow(/sqlite or postgres, not "mysql"/);
    expect(() => benchEngineKind([], { BENCH_ENGINE: "oracle" })).toThrow(/not "oracle"/);
  });

  it("counts no stories in a SQLite file that does not exist yet", async () => {
    expect(await articleCount({ kind: "sqlite", path: path.join(os.tmpdir(), "no-such-bench.db") })).toBe(0);
  });
});

describe.runIf(postgresTestsRun())("the bench's private PostgreSQL", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pg-"));
  afterAll(() => stopCluster(dir, { remove: true }));

  it("keeps its cluster and database between runs, and starts the database again empty when asked", async () => {
    const first = await benchPostgres({}, dir);
    const target = { kind: "postgres", url: first.url } as const;
    expect(await articleCount(target)).toBe(0);
    await withBenchDatabase(target, async (db) => {
      await db.run(`create table articles (id integer primary key, slug text)`);
      await db.run(`insert into articles (id, slug) values (?, ?), (?, ?)`, [1, "one", 2, "two"]);
    });
    await first.stop();

    const second = await benchPostgres({}, dir);
    const again = { kind: "postgres", url: second.url } as const;
    expect(await articleCount(again)).toBe(2);
    await second.recreate!();
    expect(await articleCount(again)).toBe(0);
    await second.stop();
  });

  it("uses DATABASE_URL's PostgreSQL as it is, with no way to drop it", async () => {
    const given = await benchPostgres({ DATABASE_URL: "postgres://bench@127.0.0.1:1/news" }, dir);
    expect(given.url).toBe("postgres://bench@127.0.0.1:1/news");
    expect(given.recreate).toBeUndefined();
  });
});
