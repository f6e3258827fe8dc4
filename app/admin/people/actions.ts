"use server";

import { refresh } from "next/cache";
import { expireTags } from "@/lib/refresh";
import type { z } from "zod";
import * as people from "@/db/queries/people";
import { tryWrite } from "@/db/write";
import { tags } from "@/lib/cache-tags";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import { fill } from "@/lib/i18n";
import { AccessDeniedError, accessDenied, type SessionUser } from "@/lib/session";
import { newsroomCaller } from "../access";
import { getAdminDictionary } from "../admin-language";
import { banSchema, personSchema, roleSchema, suspendSchema, trustSchema } from "./schema";

type State = FormState<"days">;
type Schema = typeof roleSchema | typeof suspendSchema | typeof banSchema | typeof personSchema | typeof trustSchema;

/**
 * Admins only. Checks the caller, parses the form, and makes sure the person exists and (for
 * `notSelf` changes) is not the admin themselves; returns the refusal to show, or what to act on.
 */
async function begin<S extends Schema>(schema: S, formData: FormData, notSelf: boolean) {
  const admin = await newsroomCaller("admin");
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.people;
  const fail = (message: string, errors?: State["errors"]) => ({ failed: { message, errors } as State });
  if (admin instanceof AccessDeniedError) return fail(accessDenied(lang, admin));
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(dict.moderation.invalid, parsed.error.issues.some((i) => i.path[0] === "days") ? { days: [dict.admin.errors.invalid] } : undefined);
  const input = parsed.data as z.output<S>;
  if (notSelf && input.id === admin.id) return fail(t.notYourself);
  if (!people.getPerson(input.id)) return fail(t.gone);
  return { admin: admin as SessionUser, input, lang, t, notSaved: { message: dict.admin.form.notSaved } as State };
}

function refreshThreads(affected: people.AffectedArticle[]): void {
  for (const article of affected) expireTags(tags.comments(article.articleId));
  refresh();
}

export async function changeRole(_: State, formData: FormData): Promise<State> {
  const run = await begin(roleSchema, formData, true);
  if ("failed" in run) return run.failed;
  if (!(await tryWrite(() => people.changeRole(run.input.id, run.input.role, run.admin.id))).ok) return run.notSaved;
  refresh();
  return { ok: true, message: run.t.roleChanged };
}

export async function suspendPerson(_: State, formData: FormData): Promise<State> {
  const run = await begin(suspendSchema, formData, true);
  if ("failed" in run) return run.failed;
  const until = Date.now() + run.input.days * 86_400_000;
  const saved = await tryWrite(() => people.banPerson(run.input.id, until, run.admin.id, run.input.rejectComments === "on"));
  if (!saved.ok) return run.notSaved;
  const affected = saved.value;
  refreshThreads(affected);
  const extra = affected.length ? ` ${fill(run.t.commentsRejected, { count: affected.length })}` : "";
  return { ok: true, message: fill(run.t.suspended, { date: formatDateTime(until, run.lang) }) + extra };
}

export async function banPerson(_: State, formData: FormData): Promise<State> {
  const run = await begin(banSchema, formData, true);
  if ("failed" in run) return run.failed;
  const saved = await tryWrite(() => people.banPerson(run.input.id, people.permanentBan, run.admin.id, run.input.rejectComments === "on"));
  if (!saved.ok) return run.notSaved;
  const affected = saved.value;
  refreshThreads(affected);
  const extra = affected.length ? ` ${fill(run.t.commentsRejected, { count: affected.length })}` : "";
  return { ok: true, message: run.t.bannedDone + extra };
}

export async function liftBan(_: State, formData: FormData): Promise<State> {
  const run = await begin(personSchema, formData, true);
  if ("failed" in run) return run.failed;
  if (!(await tryWrite(() => people.liftBan(run.input.id, run.admin.id))).ok) return run.notSaved;
  refresh();
  return { ok: true, message: run.t.unbanned };
}

export async function setTrust(_: State, formData: FormData): Promise<State> {
  const run = await begin(trustSchema, formData, false);
  if ("failed" in run) return run.failed;
  if (!(await tryWrite(() => people.setTrusted(run.input.id, run.input.trusted === "yes", run.admin.id))).ok) return run.notSaved;
  refresh();
  return { ok: true, message: run.t.trustChanged };
}
