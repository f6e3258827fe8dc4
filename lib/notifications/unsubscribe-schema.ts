import * as z from "zod";
import { notificationKinds } from "@/db/schema";

/** An unsubscribe link's query, or the form confirming it: who, which mail, and the signature (lib/unsubscribe-token.ts). */
export const unsubscribeSchema = z.object({
  user: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  kind: z.enum(notificationKinds),
  sig: z.string().regex(/^[\w-]{43}$/),
});

export type UnsubscribeRequest = z.infer<typeof unsubscribeSchema>;
