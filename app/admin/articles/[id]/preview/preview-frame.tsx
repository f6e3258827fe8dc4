"use client";

import { useState } from "react";
import type { Dictionary } from "@/lib/i18n";

type Props = { src: string; text: Dictionary["admin"]["preview"] };

const widths = { desktop: "100%", phone: "390px" } as const;

/** The reader's page in a frame, at the width of a phone or of the desk's screen: its own media queries decide the layout. */
export function PreviewFrame({ src, text }: Props) {
  const [width, setWidth] = useState<keyof typeof widths>("desktop");
  return (
    <div className="flex flex-col gap-3">
      <div role="group" aria-label={text.widthLabel} className="flex gap-2">
        {(["desktop", "phone"] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={width === choice}
            onClick={() => setWidth(choice)}
            className="min-h-11 rounded border border-line px-4 py-2 font-semibold aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white"
          >
            {text[choice]}
          </button>
        ))}
      </div>
      <iframe
        src={src}
        title={text.frameTitle}
        style={{ width: widths[width] }}
        className="mx-auto h-[80vh] max-w-full rounded border border-line bg-paper"
      />
    </div>
  );
}
