import { z } from "zod";
import { editions } from "@/db/schema";
import { articleLimits } from "./schema";

// What the editor's background requests send: presence pings and private autosaves.

const articleId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().max(max);

/** `lang`: the newsroom language to name people in (the admin-language cookie is scoped to /admin). */
export const presenceSchema = z.object({
  articleId: articleId.min(1),
  leaving: z.boolean().optional(),
  lang: z.enum(editions).optional(),
});

/** The editor's form values as typed (not yet checked as an article: an autosave keeps half-written work). */
export const autosaveValuesSchema = z.object({
  title: text(articleLimits.title),
  slug: text(articleLimits.slug),
  edition: z.enum(editions),
  dek: text(articleLimits.dek),
  body: text(articleLimits.body),
  categoryId: text(20),
  authorId: text(20),
  tags: text(articleLimits.tag * articleLimits.tags + 200),
  imageAlt: text(articleLimits.alt),
  imageCaption: text(articleLimits.caption),
  status: z.enum(["draft", "scheduled", "published"]),
  publishAt: text(40),
  breaking: z.boolean(),
  breakingUntil: text(40),
  featured: z.boolean(),
  commentsOpen: z.boolean(),
  translationSlug: text(articleLimits.slug),
});

/** articleId 0 is a new story not saved yet. */
export const autosaveSchema = z.object({
  articleId,
  baseVersion: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
  values: autosaveValuesSchema,
});

export const autosaveDiscardSchema = z.object({ articleId });
export type AutosaveValues = z.infer<typeof autosaveValuesSchema>;
