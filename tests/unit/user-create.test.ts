import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "@/db/connection";

const run = promisify(execFile);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "user-create-"));
const file = path.join(folder, "portal.db");
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** `npm run user:create`, as an operator types it: outside Next, through modules marked server-only. */
const userCreate = (...args: string[]) =>
  run("npm", ["run", "-s", "user:create", "--", ...args], { env: { ...process.env, DATABASE_PATH: file } });

describe("npm run user:create", () => {
  it("creates a newsroom account in a new database and prints a generated password", async () => {
    const { stdout } = await userCreate("--email", "desk@example.test", "--role", "editor", "--name", "Desk");
    expect(stdout).toMatch(/^Created editor desk@example\.test/m);
    expect(stdout).toMatch(/^Generated password: \S{12,}$/m);
    const sqlite = openSqlite(file);
    try {
      expect(sqlite.prepare("select name, role from users where email = ?").get("desk@example.test")).toEqual({
        name: "Desk",
        role: "editor",
      });
    } finally {
      sqlite.close();
    }
  }, 60_000);

  it("refuses an unknown role with the usage line", async () => {
    const failure = await userCreate("--email", "x@example.test", "--role", "owner").catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/Usage: npm run user:create/);
  }, 60_000);
});
