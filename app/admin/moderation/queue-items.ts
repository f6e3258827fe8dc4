import "server-only";
import type { QueueItem } from "./moderation-item";
import type { OpenReport, Queue, QueueRow } from "@/db/queries/moderation-queues";
import { type Edition, type ReportReason } from "@/db/schema";
import { parseHeldReason } from "@/lib/comments/screen";
import { formatDateTime, isoIndia } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { isBanned } from "@/auth/access";
import { deskHref } from "./desk-href";

type DeskText = Dictionary["moderation"]["desk"];

/** Why a comment was held, in words: "New author", "3 links", "Suspect word “…”". */
export function heldReasonText(code: string | null, t: DeskText): string | null {
  if (!code) return null;
  const reason = parseHeldReason(code);
  switch (reason.kind) {
    case "new-author":
      return t.reasons.newAuthor;
    case "links":
      return fill(t.reasons.links, { count: reason.count });
    case "suspect-word":
      return fill(t.reasons.suspectWord, { word: reason.word });
    case "banned-word":
      return fill(t.reasons.bannedWord, { word: reason.word });
    default:
      return reason.text;
  }
}

function reportLines(reports: OpenReport[], dict: Dictionary): { summary: string | null; lines: string[] } {
  if (reports.length === 0) return { summary: null, lines: [] };
  const t = dict.moderation.desk.reasons;
  const lines = reports.map(
    (r) =>
      `${r.reporterName}: ${dict.comments.reasons[r.reason as ReportReason] ?? r.reason}${r.note ? ` — “${r.note}”` : ""}`,
  );
  return { summary: reports.length === 1 ? t.reportedByOne : fill(t.reportedBy, { count: reports.length }), lines };
}

/** Queue rows as the desk's client component shows them: plain data, every word already translated. */
export function toQueueItems(
  rows: QueueRow[],
  reports: OpenReport[],
  { lang, dict, queue }: { lang: Edition; dict: Dictionary; queue: Queue },
): QueueItem[] {
  const t = dict.moderation.desk;
  const now = Date.now();
  return rows.map((row) => {
    const open = reportLines(
      reports.filter((r) => r.commentId === row.id),
      dict,
    );
    const held = row.status === "approved" ? null : heldReasonText(row.heldReason, t);
    return {
      id: row.id,
      body: row.body,
      status: dict.moderation.statuses[row.status],
      featured: row.featured,
      reply: row.parentId !== null,
      edited: row.editedAt !== null,
      authorBanned: isBanned({ bannedUntil: row.authorBannedUntil }, now),
      article: {
        title: row.articleTitle,
        lang: row.articleEdition,
        href: paths.article(row.articleEdition, row.articleSlug),
        filterHref: deskHref({ queue, article: String(row.articleId) }),
      },
      author: {
        name: row.authorName,
        email: row.authorEmail,
        filterHref: deskHref({ queue, author: String(row.authorId) }),
      },
      time: { iso: isoIndia(row.createdAt), text: formatDateTime(row.createdAt, lang) },
      reasons: [held, open.summary].filter((reason): reason is string => reason !== null),
      reports: open.lines,
      contextHref: `/admin/moderation/${row.id}`,
    };
  });
}
