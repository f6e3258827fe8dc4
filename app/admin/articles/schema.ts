import { z } from "zod";
import { articleStatuses, editions } from "@/db/schema";
import type { ArticleFormValues } from "./_editor/article-form-values";
import type { FormState } from "@/lib/form-state";
import { parseIndiaDateTime } from "../india-time";

// Messages are keys of `admin.errors` in the dictionaries; the actions translate them.
export const articleLimits = {
  title: 200,
  slug: 120,
  dek: 400,
  body: 100_000,
  tag: 60,
  tags: 20,
  alt: 300,
  caption: 300,
  correction: 2000,
} as const;

const id = z.coerce
  .number({ error: "invalid" })
  .int({ error: "invalid" })
  .positive({ error: "invalid" })
  .max(Number.MAX_SAFE_INTEGER, { error: "invalid" });
const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());
const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const text = (max: number) =>
  z
    .string({ error: "invalid" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, { error: "tooLong" }));
const indiaTime = z.string({ error: "invalid" }).transform((value, ctx) => {
  const ms = parseIndiaDateTime(value);
  if (ms === null) ctx.addIssue({ code: "custom", message: "timeInvalid" });
  return ms ?? 0;
});

/** Lowercase words of letters or digits (any script) joined by single hyphens. */
export const slugPattern = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;

/** "Cricket, Ahmedabad , cricket" → ["Cricket", "Ahmedabad"]: trimmed, without repeats (any case). */
export function splitTags(value: string): string[] {
  const byKey = new Map<string, string>();
  for (const part of value.split(",")) {
    const tag = part.replace(/\s+/g, " ").trim().normalize("NFC");
    if (tag && !byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag);
  }
  return Array.from(byKey, ([, tag]) => tag);
}

export const articleSchema = z
  .object({
    id: z.preprocess(emptyToUndefined, id.optional()),
    // The version the editor was opened at; "overwrite" names the newer version the editor chose to replace.
    version: z.preprocess(emptyToUndefined, id.optional()),
    overwrite: z.preprocess(emptyToUndefined, id.optional()),
    title: text(articleLimits.title).pipe(z.string().min(1, { error: "required" })),
    slug: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((value) => value.trim().normalize("NFC").toLowerCase())
        .pipe(z.string().max(articleLimits.slug, { error: "tooLong" }).regex(slugPattern, { error: "slugInvalid" }))
        .optional(),
    ),
    edition: z.enum(editions, { error: "required" }),
    dek: text(articleLimits.dek),
    body: text(articleLimits.body),
    categoryId: id,
    authorId: id,
    tags: z
      .string({ error: "invalid" })
      .transform(splitTags)
      .pipe(
        z
          .array(z.string().max(articleLimits.tag, { error: "tagTooLong" }))
          .max(articleLimits.tags, { error: "tooManyTags" }),
      ),
    imageAlt: text(articleLimits.alt),
    imageCaption: text(articleLimits.caption),
    removeImage: checkbox,
    // A featured image chosen from the media library (a new file, if one is sent too, wins).
    mediaId: z.preprocess(emptyToUndefined, id.optional()),
    status: z.enum(articleStatuses, { error: "required" }),
    publishAt: z.preprocess(emptyToUndefined, indiaTime.optional()),
    breaking: checkbox,
    breakingUntil: z.preprocess(emptyToUndefined, indiaTime.optional()),
    featured: checkbox,
    commentsOpen: checkbox,
    minorCorrection: checkbox,
    translationSlug: z.preprocess(
      emptyToUndefined,
      z.string().trim().normalize("NFC").toLowerCase().max(articleLimits.slug, { error: "tooLong" }).optional(),
    ),
  })
  .superRefine((input, ctx) => {
    if (input.id !== undefined && input.version === undefined)
      ctx.addIssue({ code: "custom", path: ["version"], message: "invalid" });
    if (input.status === "scheduled" && input.publishAt === undefined)
      ctx.addIssue({ code: "custom", path: ["publishAt"], message: "scheduleRequired" });
  });

export type ArticleInput = z.infer<typeof articleSchema>;
export type ArticleField = keyof z.input<typeof articleSchema> | "image";

export const correctionSchema = z.object({
  articleId: id,
  body: text(articleLimits.correction).pipe(z.string().min(1, { error: "required" })),
});

export const articleIdSchema = z.object({ id });
export const revisionSchema = z.object({ articleId: id, revisionId: id });
export const previewSchema = z.object({ body: z.string().max(articleLimits.body) });

/** A save refused because a colleague saved first: what they changed, and their values for it. */
export type ArticleConflict = {
  message: string;
  fields: string[];
  version: number;
  theirs: Partial<ArticleFormValues>;
};
export type ArticleFormState = FormState<ArticleField> & { version?: number; conflict?: ArticleConflict };
export type CorrectionFormState = FormState<"body">;
export type SlugSuggestion = { slug: string; taken: boolean };
