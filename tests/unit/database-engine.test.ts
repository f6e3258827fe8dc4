import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseEngine, sqliteDatabasePath, sqliteOnly } from "@/db/engine";

const defaultFile = path.resolve("./data/portal.db");

describe("choosing the database engine from DATABASE_URL", () => {
  it("keeps SQLite at today's path when DATABASE_URL is unset or empty", () => {
    expect(databaseEngine({})).toEqual({ kind: "sqlite", path: defaultFile });
    expect(databaseEngine({ DATABASE_URL: "  " })).toEqual({ kind: "sqlite", path: defaultFile });
    expect(databaseEngine({ DATABASE_PATH: "/srv/news/portal.db" })).toEqual({
      kind: "sqlite",
      path: "/srv/news/portal.db",
    });
  });

  it("reads a file: URL as SQLite at the DATABASE_PATH file", () => {
    expect(databaseEngine({ DATABASE_URL: "file:" })).toEqual({ kind: "sqlite", path: defaultFile });
    expect(databaseEngine({ DATABASE_URL: "file:./data/portal.db" })).toEqual({ kind: "sqlite", path: defaultFile });
    const env = { DATABASE_URL: "file:///srv/news/portal.db", DATABASE_PATH: "/srv/news/portal.db" };
    expect(databaseEngine(env)).toEqual({ kind: "sqlite", path: "/srv/news/portal.db" });
  });

  it("refuses a file: URL naming another file than DATABASE_PATH instead of opening either quietly", () => {
    expect(() => databaseEngine({ DATABASE_URL: "file:/tmp/other.db" })).toThrow(/set DATABASE_PATH=\/tmp\/other.db/);
  });

  it("chooses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    const url = "postgres://portal:secret@db.internal:5432/news";
    expect(databaseEngine({ DATABASE_URL: url })).toEqual({ kind: "postgres", url });
    expect(databaseEngine({ DATABASE_URL: "postgresql:///news?host=/run/postgresql" })).toEqual({
      kind: "postgres",
      url: "postgresql:///news?host=/run/postgresql",
    });
  });

  it("rejects any other value with a clear message that never repeats a password", () => {
    for (const url of ["mysql://root:hunter2@db/news", "sqlite:portal.db", "portal.db", "postgres://[::1"]) {
      expect(() => databaseEngine({ DATABASE_URL: url })).toThrow(/DATABASE_URL/);
      try {
        databaseEngine({ DATABASE_URL: url });
      } catch (error) {
        expect((error as Error).message).not.toContain("hunter2");
      }
    }
  });

  it("refuses SQLite-only work (the SQLite file) while DATABASE_URL asks for PostgreSQL", () => {
    expect(() => sqliteDatabasePath({ DATABASE_URL: "postgres://localhost/news" })).toThrow(sqliteOnly);
    expect(sqliteDatabasePath({ DATABASE_PATH: "/srv/x.db" })).toBe("/srv/x.db");
  });

  it("npm start on a PostgreSQL that is not running says so in one line, and starts nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-engine-"));
    const file = path.join(dir, "data", "portal.db");
    const started = spawnSync("node_modules/.bin/tsx", ["--tsconfig", "tsconfig.scripts.json", "scripts/start.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: "postgres://reader:hunter2@127.0.0.1:1/news",
        DATABASE_PATH: file,
        AUTH_SECRET: "a-secret-for-this-test-only",
        PORT: "1",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain("Could not prepare PostgreSQL (DATABASE_URL), so nothing was started");
    expect(started.stderr).toContain("ECONNREFUSED");
    expect(started.stderr).not.toContain("hunter2");
    expect(fs.existsSync(path.dirname(file))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
