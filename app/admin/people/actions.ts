"use server";

import "server-only";
import { refresh } from "next/cache";
import type { SessionUser } from "@/auth/access";
import * as people from "@/db/queries/people";
import { tryWrite } from "@/db/write";
import { tags } from "@/lib/cache-tags";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import { type Dictionary, fill } from "@/lib/i18n";
import { expireTags } from "@/app/(site)/reads/refresh";
import { adminAction } from "../newsroom-action";
import { banSchema, personSchema, roleSchema, suspendSchema, trustSchema } from "./schema";

type State = FormState<"days">;
type Context = { dict: Dictionary };

/** Admins only (checked by adminAction). A malformed form says so, with the days field marked when it is the culprit. */
const options = {
  invalid: ({ dict }: Context, error: { issues: { path: PropertyKey[] }[] } | null): State => ({
    message: dict.moderation.invalid,
    errors: error?.issues.some((issue) => issue.path[0] === "days") ? { days: [dict.admin.errors.invalid] } : undefined,
  }),
};

/** The refusal to show when the person is gone or (for `notSelf` changes) is the admin themselves; null to go on. */
async function refusal(id: number, admin: SessionUser, dict: Dictionary, notSelf = true): Promise<State | null> {
  if (notSelf && id === admin.id) return { message: dict.moderation.people.notYourself };
  if (!(await people.getPerson(id))) return { message: dict.moderation.people.gone };
  return null;
}

function refreshThreads(affected: people.AffectedArticle[]): void {
  for (const article of affected) expireTags(tags.comments(article.articleId));
  refresh();
}

export const changeRole = adminAction(
  roleSchema,
  async ({ id, role }, { user: admin, ctx: { dict } }): Promise<State> => {
    const refused = await refusal(id, admin, dict);
    if (refused) return refused;
    if (!(await tryWrite(() => people.changeRole(id, role, admin.id))).ok) return { message: dict.admin.form.notSaved };
    refresh();
    return { ok: true, message: dict.moderation.people.roleChanged };
  },
  options,
);

export const suspendPerson = adminAction(
  suspendSchema,
  async ({ id, days, rejectComments }, { user: admin, ctx: { lang, dict } }): Promise<State> => {
    const refused = await refusal(id, admin, dict);
    if (refused) return refused;
    const t = dict.moderation.people;
    const until = Date.now() + days * 86_400_000;
    const saved = await tryWrite(() => people.banPerson(id, until, admin.id, rejectComments === "on"));
    if (!saved.ok) return { message: dict.admin.form.notSaved };
    refreshThreads(saved.value);
    const extra = saved.value.length ? ` ${fill(t.commentsRejected, { count: saved.value.length })}` : "";
    return { ok: true, message: fill(t.suspended, { date: formatDateTime(until, lang) }) + extra };
  },
  options,
);

export const banPerson = adminAction(
  banSchema,
  async ({ id, rejectComments }, { user: admin, ctx: { dict } }): Promise<State> => {
    const refused = await refusal(id, admin, dict);
    if (refused) return refused;
    const t = dict.moderation.people;
    const saved = await tryWrite(() => people.banPerson(id, people.permanentBan, admin.id, rejectComments === "on"));
    if (!saved.ok) return { message: dict.admin.form.notSaved };
    refreshThreads(saved.value);
    const extra = saved.value.length ? ` ${fill(t.commentsRejected, { count: saved.value.length })}` : "";
    return { ok: true, message: t.bannedDone + extra };
  },
  options,
);

export const liftBan = adminAction(
  personSchema,
  async ({ id }, { user: admin, ctx: { dict } }): Promise<State> => {
    const refused = await refusal(id, admin, dict);
    if (refused) return refused;
    if (!(await tryWrite(() => people.liftBan(id, admin.id))).ok) return { message: dict.admin.form.notSaved };
    refresh();
    return { ok: true, message: dict.moderation.people.unbanned };
  },
  options,
);

export const setTrust = adminAction(
  trustSchema,
  async ({ id, trusted }, { user: admin, ctx: { dict } }): Promise<State> => {
    const refused = await refusal(id, admin, dict, false);
    if (refused) return refused;
    if (!(await tryWrite(() => people.setTrusted(id, trusted === "yes", admin.id))).ok)
      return { message: dict.admin.form.notSaved };
    refresh();
    return { ok: true, message: dict.moderation.people.trustChanged };
  },
  options,
);
