import { z } from "zod";
import type { FormState } from "@/lib/form-state";

// Messages are keys of `admin.errors` in the dictionaries; the actions translate them.
export const mediaLimits = { alt: 300, credit: 150, query: 100, fileName: 200 } as const;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const id = z.coerce
  .number({ error: "invalid" })
  .int({ error: "invalid" })
  .positive({ error: "invalid" })
  .max(Number.MAX_SAFE_INTEGER, { error: "invalid" });
const text = (max: number) =>
  z
    .string({ error: "invalid" })
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, { error: "tooLong" }));
const focal = z.preprocess(
  (value) =>
    typeof value === "string" && value.trim() !== ""
      ? Number(value.trim().replace(",", "."))
      : value === ""
        ? undefined
        : value,
  z
    .number({ error: (issue) => (issue.input === undefined ? "required" : "focalRange") })
    .finite({ error: "focalRange" })
    .min(0, { error: "focalRange" })
    .max(1, { error: "focalRange" }),
);

/** The library's address: ?q=…&page=…; anything odd falls back to the default. */
export const mediaSearchSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(mediaLimits.query).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export const mediaTextSchema = z.object({
  altEn: text(mediaLimits.alt),
  altGu: text(mediaLimits.alt),
  creditEn: text(mediaLimits.credit),
  creditGu: text(mediaLimits.credit),
});

export const mediaEditSchema = mediaTextSchema.extend({ id, focalX: focal, focalY: focal });
export const mediaIdSchema = z.object({ id });

/** What the editor's picker asks for: a search and a page, both untrusted. */
export const pickerQuerySchema = z.object({
  query: z.string().trim().max(mediaLimits.query).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** A file name kept for searching: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return (
    base
      .replace(/[\p{Cc}\p{Cf}]/gu, "")
      .trim()
      .slice(0, mediaLimits.fileName) || "image"
  );
}

export type MediaField = keyof z.input<typeof mediaEditSchema> | "file";
export type MediaFormState = FormState<MediaField> & { inUse?: { id: number; title: string }[] };
