import { z } from "zod";
import { moderationActions } from "@/db/schema";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The audit log's address: ?actor=…&action=…&before=…; anything odd falls back to no filter. */
export const auditSearchSchema = z.object({
  actor: z.preprocess(first, id.optional()).catch(undefined),
  action: z.preprocess(first, z.enum(moderationActions).optional()).catch(undefined),
  before: z.preprocess(first, id.optional()).catch(undefined),
});

export type AuditSearch = z.infer<typeof auditSearchSchema>;

export function auditHref({ actor, action, before }: AuditSearch): string {
  const params = new URLSearchParams();
  if (actor) params.set("actor", String(actor));
  if (action) params.set("action", action);
  if (before) params.set("before", String(before));
  const query = params.toString();
  return `/admin/audit${query ? `?${query}` : ""}`;
}
