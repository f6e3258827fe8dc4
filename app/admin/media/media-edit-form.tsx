"use client";

import { useActionState, useState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import type { Media } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { FocalPointField } from "./focal-point-field";
import type { MediaFormState } from "./schema";

type Props = {
  media: Pick<
    Media,
    "id" | "path" | "width" | "height" | "altEn" | "altGu" | "creditEn" | "creditGu" | "focalX" | "focalY"
  >;
  action: (state: MediaFormState, formData: FormData) => Promise<MediaFormState>;
  alt: string;
  t: Dictionary["admin"];
};

/** Alt text and credit in both languages, and the focal point; everything typed stays after a refusal. */
export function MediaEditForm({ media, action, alt, t }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as MediaFormState);
  const [focal, setFocal] = useState({ x: String(media.focalX), y: String(media.focalY) });
  const m = t.media;
  const errors = state.errors ?? {};
  const value = (field: "altEn" | "altGu" | "creditEn" | "creditGu") => state.values?.[field] ?? media[field];
  return (
    <form
      action={formAction}
      noValidate
      aria-label={m.edit.title}
      className="flex flex-col gap-4 rounded border border-line bg-paper p-4"
    >
      <input type="hidden" name="id" value={media.id} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField
          key={`a${state.values?.altEn}`}
          id="media-alt-en"
          name="altEn"
          label={m.fields.altEn}
          hint={m.fields.altHint}
          lang="en"
          defaultValue={value("altEn")}
          errors={errors.altEn}
        />
        <TextField
          key={`b${state.values?.altGu}`}
          id="media-alt-gu"
          name="altGu"
          label={m.fields.altGu}
          hint={m.fields.altHint}
          lang="gu"
          defaultValue={value("altGu")}
          errors={errors.altGu}
        />
        <TextField
          key={`c${state.values?.creditEn}`}
          id="media-credit-en"
          name="creditEn"
          label={m.fields.creditEn}
          hint={m.fields.creditHint}
          lang="en"
          defaultValue={value("creditEn")}
          errors={errors.creditEn}
        />
        <TextField
          key={`d${state.values?.creditGu}`}
          id="media-credit-gu"
          name="creditGu"
          label={m.fields.creditGu}
          hint={m.fields.creditHint}
          lang="gu"
          defaultValue={value("creditGu")}
          errors={errors.creditGu}
        />
      </div>
      <FocalPointField
        image={{ path: media.path, width: media.width, height: media.height, alt }}
        x={focal.x}
        y={focal.y}
        onChange={(x, y) => setFocal({ x, y })}
        errors={errors}
        t={m}
      />
      <FormStatus id="media-edit-status" message={state.message} ok={state.ok} />
      <SubmitButton label={pending ? m.edit.saving : m.edit.save} pending={pending} />
    </form>
  );
}
