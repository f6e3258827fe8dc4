"use client";

import type { MouseEvent } from "react";
import { objectPosition } from "@/lib/focal-point";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { TextField } from "@/components/text-field";

type Props = {
  image: { path: string; width: number; height: number; alt: string };
  x: string;
  y: string;
  onChange: (x: string, y: string) => void;
  errors: { focalX?: string[]; focalY?: string[] };
  t: Dictionary["admin"]["media"];
};

const asNumber = (value: string) => {
  const n = Number(value.replace(",", "."));
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0.5;
};
const round = (value: number) => String(Math.round(value * 100) / 100);

// Clicking the picture sets both numbers; the two fields are the keyboard's way to the same thing.
export function FocalPointField({ image, x, y, onChange, errors, t }: Props) {
  const focus = { x: asNumber(x), y: asNumber(y) };
  function pick(event: MouseEvent<HTMLImageElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    onChange(round((event.clientX - box.left) / box.width), round((event.clientY - box.top) / box.height));
  }
  const src = paths.media(image.path);
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-line p-3">
      <legend className="px-1 font-bold">{t.edit.focusHeading}</legend>
      <p id="focal-hint" className="text-sm text-muted">
        {t.edit.focusHint}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="relative">
          {/* The stored file itself: the click position maps to the whole image. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={src}
            alt={image.alt}
            title={t.edit.focusImage}
            width={image.width}
            height={image.height}
            onClick={pick}
            className="h-auto w-full cursor-crosshair rounded border border-line"
            data-testid="focal-image"
          />
          <span
            aria-hidden="true"
            className="pointer-events-none absolute size-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-4 border-white bg-brand shadow"
            style={{ left: `${focus.x * 100}%`, top: `${focus.y * 100}%` }}
          />
        </div>
        <figure className="flex flex-col gap-1">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={src}
            alt=""
            width={image.width}
            height={image.height}
            className="aspect-video h-auto w-full rounded object-cover"
            style={{ objectPosition: objectPosition(focus, image) ?? "50% 50%" }}
          />
          <figcaption className="text-sm text-muted">{t.edit.cropPreview}</figcaption>
        </figure>
      </div>
      <div className="flex flex-wrap gap-4">
        <TextField
          id="media-focal-x"
          name="focalX"
          type="number"
          inputMode="decimal"
          min={0}
          max={1}
          step={0.01}
          label={t.fields.focalX}
          value={x}
          onChange={(e) => onChange(e.target.value, y)}
          errors={errors.focalX}
        />
        <TextField
          id="media-focal-y"
          name="focalY"
          type="number"
          inputMode="decimal"
          min={0}
          max={1}
          step={0.01}
          label={t.fields.focalY}
          value={y}
          onChange={(e) => onChange(x, e.target.value)}
          errors={errors.focalY}
        />
      </div>
    </fieldset>
  );
}
