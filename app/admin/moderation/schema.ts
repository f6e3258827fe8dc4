import { z } from "zod";
import { queuePageSize, queues } from "@/db/queries/moderation-queues";

export const deskIntents = ["approve", "reject", "spam", "feature", "unfeature", "delete", "ban"] as const;
export type DeskIntent = (typeof deskIntents)[number];

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (max: number) => z.preprocess(first, z.string().trim().max(max).optional()).catch(undefined);

/** The desk's address: which queue, the filters as typed, and the keyset position "createdAt.id". */
export const deskSearchSchema = z.object({
  queue: z.preprocess(first, z.enum(queues)).catch("pending"),
  article: optionalText(300),
  author: optionalText(254),
  after: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^\d{1,16}\.\d{1,16}$/)
        .optional(),
    )
    .catch(undefined),
});

export type DeskSearch = z.infer<typeof deskSearchSchema>;

const rowPattern = new RegExp(`^(${deskIntents.join("|")}):([1-9]\\d{0,15})$`);

// Either one row's button ("approve:42"), or a bulk button with the ticked ids (or every id on the page).
export const moderationSchema = z
  .object({
    row: z.string().regex(rowPattern).optional(),
    intent: z.enum(deskIntents).optional(),
    ids: z.array(id).max(queuePageSize).default([]),
    page: z.array(id).max(queuePageSize).default([]),
    all: z.literal("on").optional(),
  })
  .transform(({ row, intent, ids, page, all }, ctx) => {
    const [rowIntent, rowId] = row ? row.split(":") : [intent, ""];
    const chosen = (deskIntents as readonly (string | undefined)[]).includes(rowIntent)
      ? (rowIntent as DeskIntent)
      : null;
    const targets = row ? [Number(rowId)] : [...new Set(all ? page : ids)];
    if (!chosen) ctx.addIssue({ code: "custom", message: "invalid" });
    else if (targets.length === 0) ctx.addIssue({ code: "custom", message: "nothingSelected" });
    return chosen && targets.length > 0 ? { intent: chosen, ids: targets } : z.NEVER;
  });

/** The fields the desk's form sends, as the schema reads them. */
export function readModerationForm(formData: FormData) {
  const one = (name: string) => (typeof formData.get(name) === "string" ? String(formData.get(name)) : undefined);
  return {
    row: one("row"),
    intent: one("intent"),
    ids: formData.getAll("ids"),
    page: formData.getAll("page"),
    all: one("all"),
  };
}

export const deskReplyMaxLength = 2000;

/** The desk's reply: which comment it answers, and its text (required, at most deskReplyMaxLength). */
export const deskReplySchema = z.object({
  commentId: id,
  body: z
    .string({ error: "required" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, { error: "required" }).max(deskReplyMaxLength, { error: "tooLong" })),
});
