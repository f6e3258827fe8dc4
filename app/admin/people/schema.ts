import { z } from "zod";
import { roles } from "@/db/schema";

export const suspendLimits = { minDays: 1, maxDays: 3650 } as const;

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const ticked = z.literal("on").optional();

/** The People list's address: ?q=…&role=…&page=…; anything odd falls back to the default. */
export const peopleSearchSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional()).catch(undefined),
  role: z.preprocess(first, z.enum(roles).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export const roleSchema = z.object({ id, role: z.enum(roles) });
export const suspendSchema = z.object({
  id,
  days: z.coerce
    .number({ error: "invalid" })
    .int({ error: "invalid" })
    .min(suspendLimits.minDays, { error: "invalid" })
    .max(suspendLimits.maxDays, { error: "invalid" }),
  rejectComments: ticked,
});
export const banSchema = z.object({ id, rejectComments: ticked });
export const personSchema = z.object({ id });
export const trustSchema = z.object({ id, trusted: z.enum(["yes", "no"]) });
