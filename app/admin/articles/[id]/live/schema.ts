import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { parseIndiaDateTime } from "@/app/admin/india-time";

// What the live desk's forms send. Messages are keys of `admin.errors` (lib/form-state.ts fieldErrors turns them into sentences).

export const liveLimits = { headline: 200, body: 10_000 } as const;

const id = z.coerce
  .number({ error: "invalid" })
  .int({ error: "invalid" })
  .positive({ error: "invalid" })
  .max(Number.MAX_SAFE_INTEGER, { error: "invalid" });
const text = (max: number) =>
  z
    .string({ error: "invalid" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim().normalize("NFC"))
    .pipe(z.string().max(max, { error: "tooLong" }));

/** Start or resume coverage (with an optional India-time end), or end it now. */
export const liveCoverageSchema = z.object({
  articleId: id,
  intent: z.enum(["start", "end"], { error: "invalid" }),
  liveUntil: z
    .string({ error: "invalid" })
    .optional()
    .transform((value, ctx) => {
      if (!value?.trim()) return null;
      const ms = parseIndiaDateTime(value);
      if (ms === null) ctx.addIssue({ code: "custom", message: "timeInvalid" });
      return ms;
    }),
});

export const liveUpdateSchema = z.object({
  articleId: id,
  headline: text(liveLimits.headline)
    .optional()
    .transform((value) => value || null),
  body: text(liveLimits.body).pipe(z.string().min(1, { error: "required" })),
});

export const liveUpdateEditSchema = liveUpdateSchema.extend({ updateId: id });
export const liveUpdateRefSchema = z.object({ articleId: id, updateId: id });
export const livePinSchema = liveUpdateRefSchema.extend({ pin: z.enum(["1", "0"], { error: "invalid" }) });

export type LiveUpdateInput = z.infer<typeof liveUpdateSchema>;
export type LiveCoverageFormState = FormState<"liveUntil">;
export type LiveUpdateFormState = FormState<"headline" | "body"> & { sent?: number };
