"use client";

import { useState } from "react";
import { AdminCheckbox } from "@/components/admin/admin-checkbox";
import { type LibraryItem, type LibrarySearch, MediaPicker } from "@/components/admin/media-picker";
import { TextField } from "@/components/text-field";
import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";

export type ArticleImage = { path: string; width: number | null; height: number | null };

type Props = {
  image: ArticleImage | null;
  alt: string;
  caption: string;
  onAlt: (value: string) => void;
  onCaption: (value: string) => void;
  errors: Partial<Record<"image" | "imageAlt" | "imageCaption", string[]>>;
  t: Dictionary["admin"]["form"];
  tooLarge: string;
  /** Choosing from the media library: the story's edition names the alt text to prefill. */
  library?: { search: LibrarySearch; edition: Edition; t: Dictionary["admin"]["media"]["picker"] };
};

const maxBytes = 5 * 1024 * 1024;

// The server checks the file by its content; the size check here only saves a long upload.
export function ArticleImageField({
  image: saved,
  alt,
  caption,
  onAlt,
  onCaption,
  errors,
  t,
  tooLarge,
  library,
}: Props) {
  const [localError, setLocalError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<LibraryItem | null>(null);
  const fileErrors = localError ? [localError] : errors.image;
  const image = chosen ?? saved;
  function choose(item: LibraryItem, libraryAlt: string) {
    setChosen(item);
    if (libraryAlt) onAlt(libraryAlt);
    const file = document.getElementById("article-image") as HTMLInputElement | null;
    if (file) file.value = "";
  }
  return (
    <fieldset className="flex min-w-0 flex-col gap-4 rounded border border-line bg-paper p-4">
      <legend className="px-1 text-lg font-bold">{t.image}</legend>
      {image ? (
        <div className="flex flex-wrap items-end gap-4">
          <figure>
            {/* A plain img: the editor shows the stored file itself, not an optimised variant. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={paths.media(image.path)}
              alt={alt}
              width={240}
              height={image.width && image.height ? Math.round((240 * image.height) / image.width) : 135}
              className="h-auto w-60 rounded border border-line"
            />
            <figcaption className="mt-1 text-sm text-muted">{chosen ? library?.t.chosen : t.currentImage}</figcaption>
          </figure>
          {chosen ? (
            <input type="hidden" name="mediaId" value={chosen.id} />
          ) : (
            <AdminCheckbox id="article-remove-image" name="removeImage" label={t.removeImage} />
          )}
        </div>
      ) : null}
      {library ? (
        <MediaPicker
          id="featured-picker"
          label={library.t.choose}
          lang={library.edition}
          search={library.search}
          onPick={choose}
          t={library.t}
        />
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="article-image" className="font-semibold">
          {t.imageFile}
        </label>
        <p id="article-image-hint" className="text-sm text-muted">
          {t.imageHint}
        </p>
        <input
          id="article-image"
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={fileErrors?.length ? true : undefined}
          aria-describedby={fileErrors?.length ? "article-image-hint article-image-error" : "article-image-hint"}
          onChange={(e) => {
            const file = e.target.files?.[0];
            const big = Boolean(file && file.size > maxBytes);
            setLocalError(big ? tooLarge : null);
            if (file) setChosen(null);
            if (big) e.target.value = "";
          }}
        />
        {fileErrors?.length ? (
          <p id="article-image-error" className="text-sm font-semibold text-brand">
            {fileErrors[0]}
          </p>
        ) : null}
      </div>
      <TextField
        id="article-image-alt"
        name="imageAlt"
        label={t.imageAlt}
        hint={t.imageAltHint}
        value={alt}
        onChange={(e) => onAlt(e.target.value)}
        errors={errors.imageAlt}
      />
      <TextField
        id="article-image-caption"
        name="imageCaption"
        label={t.imageCaption}
        value={caption}
        onChange={(e) => onCaption(e.target.value)}
        errors={errors.imageCaption}
      />
    </fieldset>
  );
}
