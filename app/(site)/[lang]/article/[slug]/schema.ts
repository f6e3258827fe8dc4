import { z } from "zod";
import { editions, reportReasons } from "@/db/schema";
import { commentMaxLength, reportNoteMaxLength } from "@/lib/comment-settings";

// Error messages here are dictionary keys (comments.messages.*): the action translates them.
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const place = { lang: z.enum(editions), slug: z.string().min(1).max(200) };

// Browsers send a textarea's line breaks as CRLF; the reader typed one character per break.
const body = z
  .string({ error: "required" })
  .transform((text) => text.replace(/\r\n?/g, "\n"))
  .pipe(
    z
      .string()
      .refine((text) => text.trim().length > 0, { error: "required" })
      .max(commentMaxLength, { error: "tooLong" }),
  );

export const postCommentSchema = z.object({ ...place, parentId: z.preprocess(emptyToUndefined, id.optional()), body });
export const editCommentSchema = z.object({ ...place, commentId: id, body });
export const deleteCommentSchema = z.object({ ...place, commentId: id });
export const reportCommentSchema = z.object({
  ...place,
  commentId: id,
  reason: z.enum(reportReasons, { error: "chooseReason" }),
  note: z.preprocess(emptyToUndefined, z.string().trim().max(reportNoteMaxLength, { error: "noteTooLong" }).optional()),
});

export type PostCommentInput = z.infer<typeof postCommentSchema>;
export type ReportCommentInput = z.infer<typeof reportCommentSchema>;
