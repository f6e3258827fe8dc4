import { z } from "zod";

// Error messages are keys of `admin.errors` (lib/form-state.ts fieldErrors turns them into sentences).
export const sectionLimits = { slug: 60, name: 60 } as const;
export type SectionField = "slug" | "nameEn" | "nameGu";

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const name = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(sectionLimits.name, { error: "tooLong" })
  .transform((text) => text.normalize("NFC"));

export const createSectionSchema = z.object({
  slug: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "required" })
    .max(sectionLimits.slug, { error: "tooLong" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slugInvalid" }),
  nameEn: name,
  nameGu: name,
});
export const renameSectionSchema = z.object({ id, nameEn: name, nameGu: name });
export const moveSectionSchema = z.object({ id, direction: z.enum(["up", "down"]) });
export const deleteSectionSchema = z.object({ id });
