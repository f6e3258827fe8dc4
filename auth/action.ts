import "server-only";
import type * as z from "zod";
import type { Role } from "@/db/schema";
import { grant, type Refusal, type SessionState, type SessionUser } from "./access";
import { getSessionState } from "./session";

type Who = Role | "anyone";

/** The signed-in caller for guarded actions; null for actions anyone may call (sign-in, sign-up). */
export type CallerOf<W extends Who> = W extends Role ? SessionUser : null;

/** How one family of forms answers: who may call, in which language, and what a refusal looks like. */
export type ActionSetup<W extends Who, Ctx, State> = {
  who: W;
  /** The answer's language and strings (from a hidden field or the newsroom's cookie); never used to decide access. */
  context: (form: FormData) => Ctx | Promise<Ctx>;
  refused: (ctx: Ctx, reason: Refusal, form: FormData) => State | Promise<State>;
  /** The form failed its schema; `error` is null when the argument was not a FormData at all (a forged call). */
  invalid: (ctx: Ctx, error: z.ZodError | null, form: FormData) => State | Promise<State>;
  /** Where the session comes from: the request's cookie (the default), or a given one in unit tests. */
  session?: () => Promise<SessionState>;
};

/** What the handler gets besides the parsed input: the caller, the family's context and the (checked) form. */
export type Call<W extends Who, Ctx> = { user: CallerOf<W>; ctx: Ctx; form: FormData };

export type ActionOptions<Ctx, State> = {
  /** What the schema parses; by default every field as a string (or File), the last one winning. */
  read?: (form: FormData) => unknown;
  /** This action's own answer to a form that fails its schema (the family's otherwise). */
  invalid?: (ctx: Ctx, error: z.ZodError | null, form: FormData) => State | Promise<State>;
};

/** A form action as React calls it: `(state, form)` from useActionState, `(form)` from a plain `<form action>`. */
export type FormAction<State> = [State] extends [void]
  ? (form: FormData) => Promise<void>
  : (state: State, form: FormData) => Promise<State>;

/**
 * Every server action is guard → parse → hand over. The caller is checked before anything they sent
 * is read; the form must really be a FormData (a server action is a public endpoint and can be posted
 * any arguments); the schema's output is handed to the handler, typed. Refusals are answered with the
 * family's values, never thrown, so a forged or malformed call gets its sentence, not a 500.
 */
export function actionsFor<W extends Who, Ctx, State>(setup: ActionSetup<W, Ctx, State>) {
  // `Answer` narrows a family's state to one form's (e.g. FormState<"name">): the family's refusals carry no fields.
  return function action<S extends z.ZodType, Answer extends State = State>(
    schema: S,
    handler: (input: z.output<S>, call: Call<W, Ctx>) => Promise<Answer>,
    options: ActionOptions<Ctx, Answer> = {},
  ): FormAction<Answer> {
    const run = async (...args: unknown[]): Promise<Answer> => {
      const access =
        setup.who === "anyone"
          ? ({ ok: true, user: null } as const)
          : grant(await (setup.session ?? getSessionState)(), setup.who as Role);
      const sent = args[args.length - 1]; // (form) or (previous state, form)
      const form = sent instanceof FormData ? sent : new FormData();
      const ctx = await setup.context(form);
      if (!access.ok) return (await setup.refused(ctx, access.reason, form)) as Answer;
      const invalid = async (error: z.ZodError | null) =>
        (await (options.invalid ?? setup.invalid)(ctx, error, form)) as Answer;
      if (!(sent instanceof FormData)) return invalid(null);
      const parsed = schema.safeParse(options.read ? options.read(form) : Object.fromEntries(form));
      if (!parsed.success) return invalid(parsed.error);
      return handler(parsed.data, { user: access.user as CallerOf<W>, ctx, form });
    };
    return run as FormAction<Answer>;
  };
}
