import { z } from "zod";

export const bulkIntents = ["publish", "unpublish", "delete", "restore"] as const;
export type BulkIntent = (typeof bulkIntents)[number];

/** More than a page of the list (30) never comes from the form: a longer list is refused whole. */
export const bulkLimit = 100;

export type BulkRefusal = "nothingSelected" | "tooMany" | "invalid";
/** `at` changes on every answer, so the list can clear its ticks after each success. */
export type BulkFormState = { ok?: boolean; message?: string; at?: number };

const idText = z.string().regex(/^[1-9]\d{0,9}$/);

/** `intent` and the ticked `ids` (form values, so strings); the ids come back unique and numeric. */
export const bulkSchema = z
  .object({ intent: z.enum(bulkIntents), ids: z.array(z.unknown()) })
  .transform(({ intent, ids }, ctx) => {
    if (ids.length === 0) ctx.addIssue({ code: "custom", message: "nothingSelected" });
    else if (ids.length > bulkLimit) ctx.addIssue({ code: "custom", message: "tooMany" });
    else if (!ids.every((id) => idText.safeParse(id).success)) ctx.addIssue({ code: "custom", message: "invalid" });
    else return { intent, ids: [...new Set(ids.map(Number))] };
    return z.NEVER;
  });

/** The reason a submitted selection is refused, or the parsed selection. */
export function parseBulk(
  formData: FormData,
): { ok: true; intent: BulkIntent; ids: number[] } | { ok: false; refusal: BulkRefusal } {
  const parsed = bulkSchema.safeParse({ intent: formData.get("intent"), ids: formData.getAll("ids") });
  if (parsed.success) return { ok: true, ...parsed.data };
  const message = parsed.error.issues[0]?.message;
  return { ok: false, refusal: message === "nothingSelected" || message === "tooMany" ? message : "invalid" };
}
