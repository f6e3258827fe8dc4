import type { ContextItem } from "./moderation-context-list";
import type { listCommentHistory } from "@/db/queries/audit";
import type { ContextComment } from "@/db/queries/comment-context";
import type { Edition } from "@/db/schema";
import { formatDateTime, isoIndia } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";

export function contextItems(rows: ContextComment[], lang: Edition, dict: Dictionary): ContextItem[] {
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    authorName: row.authorName,
    status: row.deletedAt ? dict.moderation.statuses.deleted : dict.moderation.statuses[row.status],
    time: { iso: isoIndia(row.createdAt), text: formatDateTime(row.createdAt, lang) },
    href: `/admin/moderation/${row.id}`,
  }));
}

export function historyLines(
  entries: Awaited<ReturnType<typeof listCommentHistory>>,
  lang: Edition,
  dict: Dictionary,
): string[] {
  return entries.map((entry) =>
    fill(dict.moderation.context.historyEntry, {
      date: formatDateTime(entry.createdAt, lang),
      action: dict.moderation.audit.actions[entry.action],
      name: entry.actorName ?? dict.moderation.audit.removedAccount,
    }),
  );
}
