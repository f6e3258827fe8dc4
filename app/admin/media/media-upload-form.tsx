"use client";

import { useActionState, useState } from "react";
import { TextField } from "@/components/text-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { Dictionary } from "@/lib/i18n";
import type { MediaFormState } from "./schema";

type Props = {
  action: (state: MediaFormState, formData: FormData) => Promise<MediaFormState>;
  t: Dictionary["admin"];
};

const maxBytes = 5 * 1024 * 1024;

// The server checks the file by its content; the size check here only saves a long upload.
export function MediaUploadForm({ action, t }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as MediaFormState);
  const [tooLarge, setTooLarge] = useState(false);
  const m = t.media;
  const errors = state.errors ?? {};
  const fileErrors = tooLarge ? [t.errors.imageTooLarge] : errors.file;
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="media-upload-heading"
      className="flex flex-col gap-3 rounded border border-line bg-paper p-4"
    >
      <h2 id="media-upload-heading" className="text-lg font-bold">
        {m.upload.heading}
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor="media-file" className="font-semibold">
          {m.upload.file}
        </label>
        <p id="media-file-hint" className="text-sm text-muted">
          {t.form.imageHint}
        </p>
        <input
          id="media-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          required
          aria-invalid={fileErrors?.length ? true : undefined}
          aria-describedby={fileErrors?.length ? "media-file-hint media-file-error" : "media-file-hint"}
          onChange={(e) => {
            const big = (e.target.files?.[0]?.size ?? 0) > maxBytes;
            setTooLarge(big);
            if (big) e.target.value = "";
          }}
        />
        {fileErrors?.length ? (
          <p id="media-file-error" className="text-sm font-semibold text-brand">
            {fileErrors[0]}
          </p>
        ) : null}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <TextField
          id="media-alt-en"
          name="altEn"
          label={m.fields.altEn}
          hint={m.fields.altHint}
          lang="en"
          defaultValue={state.values?.altEn}
          errors={errors.altEn}
        />
        <TextField
          id="media-alt-gu"
          name="altGu"
          label={m.fields.altGu}
          hint={m.fields.altHint}
          lang="gu"
          defaultValue={state.values?.altGu}
          errors={errors.altGu}
        />
        <TextField
          id="media-credit-en"
          name="creditEn"
          label={m.fields.creditEn}
          lang="en"
          defaultValue={state.values?.creditEn}
          errors={errors.creditEn}
        />
        <TextField
          id="media-credit-gu"
          name="creditGu"
          label={m.fields.creditGu}
          lang="gu"
          defaultValue={state.values?.creditGu}
          errors={errors.creditGu}
        />
      </div>
      <FormStatus id="media-upload-status" message={state.message} ok={state.ok} />
      <SubmitButton label={pending ? m.upload.uploading : m.upload.submit} pending={pending} />
    </form>
  );
}
