import { z } from "zod";
import { auditKinds, moderationActions } from "@/db/schema";
import { parseIndiaDateTime } from "../india-time";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const day = z
  .preprocess(
    first,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  )
  .catch(undefined);
const kinds = Object.keys(auditKinds) as [keyof typeof auditKinds, ...(keyof typeof auditKinds)[]];

/** The audit log's address: ?actor=…&kind=…&action=…&from=…&to=…&before=…; anything odd falls back to no filter. */
export const auditSearchSchema = z.object({
  actor: z.preprocess(first, id.optional()).catch(undefined),
  kind: z.preprocess(first, z.enum(kinds).optional()).catch(undefined),
  action: z.preprocess(first, z.enum(moderationActions).optional()).catch(undefined),
  from: day,
  to: day,
  before: z.preprocess(first, id.optional()).catch(undefined),
});

export type AuditSearch = z.infer<typeof auditSearchSchema>;

/** An India-time day ("2026-11-30") as the ms range it covers: from its start, to the start of the next day. */
export function dayRange(from?: string, to?: string): { from?: number; to?: number } {
  const start = from ? parseIndiaDateTime(`${from}T00:00`) : null;
  const end = to ? parseIndiaDateTime(`${to}T00:00`) : null;
  return { from: start ?? undefined, to: end === null ? undefined : end + 86_400_000 };
}

export function auditHref(search: AuditSearch): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "kind", "action", "from", "to", "before"] as const) {
    if (search[key]) params.set(key, String(search[key]));
  }
  const query = params.toString();
  return `/admin/audit${query ? `?${query}` : ""}`;
}
