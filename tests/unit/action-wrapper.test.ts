import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { issueClaims, type Refusal, resolveSession, type SessionUser } from "@/auth/access";
import { actionsFor } from "@/auth/action";
import { createUser, setUserBan } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { freshDatabase } from "../helpers/unit-database";

// The one wrapper every server action is built with, run against real accounts in a fresh database.
// Only the cookie is stood in for: the session is resolved from real claims, as auth/session.ts does.

type State = { message: string; errors?: string[]; took?: { user: string | null; title: string; count: number } };

const accounts: Record<string, number> = {};
beforeAll(async () => {
  await freshDatabase({ seed: false });
  const make = async (name: string, role: Role) =>
    (accounts[name] = (await createUser({ email: `${name}@wrapper.test`, name, role, passwordHash: null })).id);
  await make("reader", "commenter");
  await make("editor", "editor");
  await make("banned", "commenter");
  await setUserBan(accounts.banned, Date.now() + 86_400_000);
});

const schema = z.object({
  title: z.string().trim().min(1, { error: "required" }).max(20, { error: "tooLong" }),
  count: z.coerce.number().int().min(0),
});

function editorForm(signedInAs: string | null) {
  const calls: { title: string; count: number; user: SessionUser }[] = [];
  const action = actionsFor({
    who: "editor",
    session: async () => resolveSession(signedInAs ? await issueClaims(accounts[signedInAs]) : null),
    context: (form: FormData) => ({ lang: form.get("lang") === "gu" ? "gu" : "en" }),
    refused: (_, reason: Refusal): State => ({ message: `refused: ${reason}` }),
    invalid: (_, error): State => ({
      message: "invalid",
      errors: error ? error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`) : ["not a form"],
    }),
  });
  const save = action(schema, async (input, { user }): Promise<State> => {
    calls.push({ ...input, user });
    return { message: "saved", took: { user: user.name, ...input } };
  });
  return { save, calls };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("a guarded form action", () => {
  it("refuses a signed-out caller before reading the form", async () => {
    const { save, calls } = editorForm(null);
    expect(await save({ message: "" }, form({ title: "Hello", count: "1" }))).toEqual({
      message: "refused: signed-out",
    });
    expect(calls).toEqual([]);
  });

  it("refuses a banned account", async () => {
    const { save, calls } = editorForm("banned");
    expect((await save({ message: "" }, form({ title: "Hello", count: "1" }))).message).toBe("refused: banned");
    expect(calls).toEqual([]);
  });

  it("refuses a commenter calling an editor's action", async () => {
    const { save, calls } = editorForm("reader");
    expect((await save({ message: "" }, form({ title: "Hello", count: "1" }))).message).toBe("refused: forbidden");
    expect(calls).toEqual([]);
  });

  it.each([
    ["a string", "title=Hello"],
    ["a plain object", { title: "Hello", count: "1" }],
    ["nothing at all", undefined],
    ["a number", 42],
  ])("answers %s instead of a FormData with the invalid-form value, not an exception", async (_, argument) => {
    const { save, calls } = editorForm("editor");
    const forged = save as unknown as (...args: unknown[]) => Promise<State>;
    expect(await forged({ message: "" }, argument)).toEqual({ message: "invalid", errors: ["not a form"] });
    expect(await forged(argument)).toEqual({ message: "invalid", errors: ["not a form"] });
    expect(calls).toEqual([]);
  });

  it("answers fields that fail the schema with their errors, and never calls the handler", async () => {
    const { save, calls } = editorForm("editor");
    expect(await save({ message: "" }, form({ title: "   ", count: "many" }))).toEqual({
      message: "invalid",
      errors: ["title:required", "count:Invalid input: expected number, received NaN"],
    });
    expect((await save({ message: "" }, form({ title: "x".repeat(100_000), count: "1" }))).errors).toEqual([
      "title:tooLong",
    ]);
    expect((await save({ message: "" }, form({ count: "1" }))).errors?.[0]).toMatch(/^title:/);
    expect(calls).toEqual([]);
  });

  it("hands a valid form to the handler, parsed and typed, with the caller", async () => {
    const { save, calls } = editorForm("editor");
    const answer = await save({ message: "" }, form({ title: "  Budget day ", count: "3", extra: "ignored" }));
    expect(answer).toEqual({ message: "saved", took: { user: "editor", title: "Budget day", count: 3 } });
    expect(calls).toHaveLength(1);
    expect(calls[0].user).toMatchObject({ id: accounts.editor, role: "editor" });
  });

  it("takes the form as the only argument too, as a plain <form action> sends it", async () => {
    const { save } = editorForm("editor");
    const plain = save as unknown as (form: FormData) => Promise<State>;
    expect((await plain(form({ title: "One", count: "0" }))).message).toBe("saved");
  });
});

describe("an action anyone may call", () => {
  it("has no caller and still refuses a forged argument", async () => {
    const open = actionsFor({
      who: "anyone",
      context: () => null,
      refused: (): State => ({ message: "never" }),
      invalid: (_, error): State => ({ message: error ? "invalid" : "not a form" }),
    })(schema, async (input, { user }): Promise<State> => ({
      message: user === null ? `hello ${input.title}` : "caller?",
    }));
    expect((await open({ message: "" }, form({ title: "there", count: "1" }))).message).toBe("hello there");
    expect((await (open as unknown as (...args: unknown[]) => Promise<State>)("en")).message).toBe("not a form");
  });
});
