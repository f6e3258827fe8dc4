"use server";

import "server-only";
import { logContentChange } from "@/db/queries/audit";
import * as sections from "@/db/queries/sections";
import { atomically, tryWrite } from "@/db/write";
import { tags } from "@/lib/cache-tags";
import { fieldErrors, type FormState, keep } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { expireTags } from "@/app/(site)/reads/refresh";
import { adminAction } from "../newsroom-action";
import {
  createSectionSchema,
  deleteSectionSchema,
  moveSectionSchema,
  renameSectionSchema,
  type SectionField,
} from "./schema";

type State = FormState<SectionField>;

// Admins only (adminAction checks before the form is even read). Every change shows in each
// edition's navigation, home blocks and section pages.

const typed = (form: FormData) => keep(form, ["slug", "nameEn", "nameGu"] as const);

/** Create and rename keep what was typed when the form is refused. */
const keepTyped = {
  invalid: ({ dict }: { dict: Dictionary }, error: Parameters<typeof fieldErrors>[0] | null, form: FormData): State =>
    error
      ? { message: dict.admin.form.fixErrors, errors: fieldErrors(error, dict.admin.errors), values: typed(form) }
      : { message: dict.moderation.invalid },
};

export const createSection = adminAction(
  createSectionSchema,
  async (input, { user, ctx: { dict }, form }): Promise<State> => {
    const t = dict.moderation.sections;
    const values = typed(form);
    const created = await tryWrite(() =>
      atomically(async () => {
        const row = await sections.createSection(input);
        if (row !== null) await logContentChange({ actorId: user.id, action: "section-create", note: input.slug });
        return row;
      }),
    );
    if (!created.ok) return { message: dict.admin.form.notSaved, values };
    if (created.value === null) return { message: dict.admin.form.fixErrors, errors: { slug: [t.slugTaken] }, values };
    expireTags(tags.navigation());
    return { ok: true, message: t.created };
  },
  keepTyped,
);

export const renameSection = adminAction(
  renameSectionSchema,
  async (input, { user, ctx: { dict }, form }): Promise<State> => {
    const t = dict.moderation.sections;
    const values = typed(form);
    const renamed = await tryWrite(() =>
      atomically(async () => {
        const done = await sections.renameSection(input.id, input);
        if (done)
          await logContentChange({
            actorId: user.id,
            action: "section-rename",
            note: `${input.nameEn} / ${input.nameGu}`,
          });
        return done;
      }),
    );
    if (!renamed.ok) return { message: dict.admin.form.notSaved, values };
    if (!renamed.value) return { message: t.gone, values };
    expireTags(tags.navigation());
    return { ok: true, message: t.renamed };
  },
  keepTyped,
);

const invalidRow = { invalid: ({ dict }: { dict: Dictionary }): State => ({ message: dict.moderation.invalid }) };

export const moveSection = adminAction(
  moveSectionSchema,
  async (input, { user, ctx: { dict } }): Promise<State> => {
    const t = dict.moderation.sections;
    const moved = await tryWrite(() =>
      atomically(async () => {
        const done = await sections.moveSection(input.id, input.direction);
        if (done)
          await logContentChange({ actorId: user.id, action: "section-move", note: `#${input.id} ${input.direction}` });
        return done;
      }),
    );
    if (!moved.ok) return { message: dict.admin.form.notSaved };
    if (!moved.value) return { message: t.cannotMove };
    expireTags(tags.navigation());
    return { ok: true, message: t.moved };
  },
  invalidRow,
);

export const deleteSection = adminAction(
  deleteSectionSchema,
  async (input, { user, ctx: { dict } }): Promise<State> => {
    const t = dict.moderation.sections;
    const deleted = await tryWrite(() =>
      atomically(async () => {
        const outcome = await sections.deleteSection(input.id);
        if (outcome === "deleted")
          await logContentChange({ actorId: user.id, action: "section-delete", note: `#${input.id}` });
        return outcome;
      }),
    );
    if (!deleted.ok) return { message: dict.admin.form.notSaved };
    const result = deleted.value;
    if (result !== "deleted") return { message: result === "not-empty" ? t.notEmpty : t.gone };
    expireTags(tags.navigation());
    return { ok: true, message: t.deleted };
  },
  invalidRow,
);
