import type { AuditLine } from "./audit-table";
import type { AuditRow } from "@/db/queries/audit";
import type { CommentStatus, Edition, Role } from "@/db/schema";
import { formatDateTime, isoIndia } from "@/lib/format";
import type { Dictionary } from "@/lib/i18n";

/** A suspension's note is its end (ISO), a role change's is "editor → admin": both shown in words. */
function noteText(row: AuditRow, lang: Edition, dict: Dictionary): string {
  if (!row.note) return "";
  if (row.action === "suspend" && !Number.isNaN(Date.parse(row.note)))
    return formatDateTime(Date.parse(row.note), lang);
  if (row.action === "role")
    return row.note
      .split(" → ")
      .map((role) => dict.moderation.people.roles[role as Role] ?? role)
      .join(" → ");
  return row.note;
}

/** Settings before and after, only the keys that changed: "bannedWords: a, b → a, b, c". */
export function settingsChange(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string {
  const show = (value: unknown) =>
    Array.isArray(value) ? value.join(", ") || "—" : value === undefined || value === null ? "—" : String(value);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]))
    .map((key) => `${key.replace(/^moderation\./, "")}: ${show(before?.[key])} → ${show(after?.[key])}`)
    .join("; ");
}

/** Log entries in words: who did what, to which comment or person, from which status to which. */
export function auditLines(rows: AuditRow[], lang: Edition, dict: Dictionary): AuditLine[] {
  const t = dict.moderation.audit;
  const status = (value: string | null) => (value ? (dict.moderation.statuses[value as CommentStatus] ?? value) : "—");
  return rows.map((row) => ({
    id: row.id,
    when: { iso: isoIndia(row.createdAt), text: formatDateTime(row.createdAt, lang) },
    who: row.actorName ?? t.removedAccount,
    what: t.actions[row.action],
    commentId: row.commentId,
    person: row.targetUserId
      ? { name: row.targetName ?? t.removedAccount, href: `/admin/people/${row.targetUserId}` }
      : null,
    story:
      row.articleId && row.action.startsWith("story-")
        ? {
            title: row.articleTitle ?? row.note ?? `#${row.articleId}`,
            href: `/admin/articles/${row.articleId}`,
            changes: `/admin/articles/${row.articleId}/revisions`,
          }
        : null,
    change:
      row.action === "settings" || row.action === "media-edit"
        ? settingsChange(row.before, row.after)
        : row.fromStatus || row.toStatus
          ? `${status(row.fromStatus)} → ${row.action === "delete" ? t.actions.delete : status(row.toStatus)}`
          : "",
    note: noteText(row, lang, dict),
  }));
}
