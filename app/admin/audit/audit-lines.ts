import type { AuditLine } from "@/components/admin/audit-table";
import type { AuditRow } from "@/db/queries/audit";
import type { CommentStatus, Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";

type Options = { lang: Edition; dict: Dictionary; formatDateTime: (ms: number, lang: Edition) => string; isoIndia: (ms: number) => string };

/** Log entries in words: who did what, to which comment or person, from which status to which. */
export function auditLines(rows: AuditRow[], { lang, dict, formatDateTime, isoIndia }: Options): AuditLine[] {
  const t = dict.moderation.audit;
  const status = (value: string | null) => (value ? (dict.moderation.statuses[value as CommentStatus] ?? value) : "—");
  return rows.map((row) => ({
    id: row.id,
    when: { iso: isoIndia(row.createdAt), text: formatDateTime(row.createdAt, lang) },
    who: row.actorName ?? t.removedAccount,
    what: t.actions[row.action],
    commentId: row.commentId,
    person: row.targetUserId ? { name: row.targetName ?? t.removedAccount, href: `/admin/people/${row.targetUserId}` } : null,
    change: row.fromStatus || row.toStatus ? `${status(row.fromStatus)} → ${row.action === "delete" ? t.actions.delete : status(row.toStatus)}` : "",
    note: row.note ?? "",
  }));
}
