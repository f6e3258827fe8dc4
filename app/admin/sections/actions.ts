"use server";

import { expireTags } from "@/lib/refresh";
import * as sections from "@/db/queries/sections";
import { tryWrite } from "@/db/write";
import { tags } from "@/lib/cache-tags";
import { type FormState, keep } from "@/lib/form-state";
import { AccessDeniedError, accessDenied } from "@/lib/session";
import { newsroomCaller } from "../access";
import { getAdminDictionary } from "../admin-language";
import { adminFieldErrors } from "../form-errors";
import { createSectionSchema, deleteSectionSchema, moveSectionSchema, renameSectionSchema, type SectionField } from "./schema";

type State = FormState<SectionField>;

// Admins only, checked before the form is even read. Every change shows in each edition's
// navigation, home blocks and section pages.
async function begin(formData: FormData) {
  const admin = await newsroomCaller("admin");
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.sections;
  if (admin instanceof AccessDeniedError) return { refused: { message: accessDenied(lang, admin) } as State, dict, t, fields: {}, values: {} };
  return { refused: null, dict, t, fields: Object.fromEntries(formData), values: keep(formData, ["slug", "nameEn", "nameGu"] as const) };
}

export async function createSection(_: State, formData: FormData): Promise<State> {
  const { refused, dict, t, fields, values } = await begin(formData);
  if (refused) return { ...refused, values };
  const parsed = createSectionSchema.safeParse(fields);
  if (!parsed.success) return { message: dict.admin.form.fixErrors, errors: adminFieldErrors(parsed.error, dict.admin.errors), values };
  const created = await tryWrite(() => sections.createSection(parsed.data));
  if (!created.ok) return { message: dict.admin.form.notSaved, values };
  if (created.value === null) return { message: dict.admin.form.fixErrors, errors: { slug: [t.slugTaken] }, values };
  expireTags(tags.navigation());
  return { ok: true, message: t.created };
}

export async function renameSection(_: State, formData: FormData): Promise<State> {
  const { refused, dict, t, fields, values } = await begin(formData);
  if (refused) return { ...refused, values };
  const parsed = renameSectionSchema.safeParse(fields);
  if (!parsed.success) return { message: dict.admin.form.fixErrors, errors: adminFieldErrors(parsed.error, dict.admin.errors), values };
  const renamed = await tryWrite(() => sections.renameSection(parsed.data.id, parsed.data));
  if (!renamed.ok) return { message: dict.admin.form.notSaved, values };
  if (!renamed.value) return { message: t.gone, values };
  expireTags(tags.navigation());
  return { ok: true, message: t.renamed };
}

export async function moveSection(_: State, formData: FormData): Promise<State> {
  const { refused, dict, t, fields } = await begin(formData);
  if (refused) return refused;
  const parsed = moveSectionSchema.safeParse(fields);
  if (!parsed.success) return { message: dict.moderation.invalid };
  const moved = await tryWrite(() => sections.moveSection(parsed.data.id, parsed.data.direction));
  if (!moved.ok) return { message: dict.admin.form.notSaved };
  if (!moved.value) return { message: t.cannotMove };
  expireTags(tags.navigation());
  return { ok: true, message: t.moved };
}

export async function deleteSection(_: State, formData: FormData): Promise<State> {
  const { refused, dict, t, fields } = await begin(formData);
  if (refused) return refused;
  const parsed = deleteSectionSchema.safeParse(fields);
  if (!parsed.success) return { message: dict.moderation.invalid };
  const deleted = await tryWrite(() => sections.deleteSection(parsed.data.id));
  if (!deleted.ok) return { message: dict.admin.form.notSaved };
  const result = deleted.value;
  if (result !== "deleted") return { message: result === "not-empty" ? t.notEmpty : t.gone };
  expireTags(tags.navigation());
  return { ok: true, message: t.deleted };
}
