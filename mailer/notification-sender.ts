import {
  claimDueNotifications,
  dropNotification,
  getNoticeFacts,
  markNotificationFailed,
  markNotificationSent,
  type NoticeRow,
} from "@/db/queries/notifications";
import { write, WriteFailedError } from "@/db/write";
import { getDictionary } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";
import { notificationMail } from "@/lib/notifications/mail-text";
import { nextAttemptAt, type RetryPolicy, retryPolicy } from "@/lib/notifications/retry";
import { site } from "@/lib/site";

// A mail being sent keeps its row for this long; a sender that dies meanwhile leaves it to be retried after.
const leaseMs = 10 * 60_000;

export type SendReport = { sent: number; retried: number; failed: number; dropped: number };

/** Why a mail queued earlier must not go out now; null when it should. */
function dropReason(row: NoticeRow, now: number): string | null {
  if (row.bannedUntil !== null && row.bannedUntil > now) return "recipient banned";
  const choice = row.kind === "comment-approved" ? row.commentApproved : row.commentReply;
  if (choice === 0) return "recipient turned this mail off";
  if (row.commentStatus !== "approved" || row.commentDeletedAt !== null) return "comment no longer visible";
  if (row.articleDeletedAt !== null || row.articleStatus === "draft" || (row.articlePublishedAt ?? Infinity) > now)
    return "story not public";
  return null;
}

async function sendOne(id: number, now: number, policy: RetryPolicy, report: SendReport): Promise<void> {
  const row = await getNoticeFacts(id);
  if (!row) return; // its comment or person was deleted meanwhile, and the row with them
  const reason = dropReason(row, now);
  if (reason) {
    await write(() => dropNotification(id, reason));
    report.dropped++;
    return;
  }
  const replierName = row.fromDesk ? getDictionary(row.lang).comments.deskName : row.writerName;
  const mail = notificationMail({ ...row, replierName }, site.url);
  const attempts = row.attempts + 1;
  try {
    await sendMail(mail);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const nextAt = nextAttemptAt(attempts, now, policy);
    await write(() => markNotificationFailed(id, attempts, message, nextAt));
    if (nextAt === null) {
      console.error(`[mail] gave up on notification ${id} (${row.kind}) after ${attempts} attempts: ${message}`);
      report.failed++;
    } else {
      console.warn(
        `[mail] notification ${id} not sent (attempt ${attempts} of ${policy.maxAttempts}), next try in ${Math.round((nextAt - now) / 1000)} s: ${message}`,
      );
      report.retried++;
    }
    return;
  }
  await write(() => markNotificationSent(id, attempts, now));
  report.sent++;
}

/** One pass over the outbox: sends what is due, one mail at a time. */
export async function sendDueNotifications({
  now = Date.now(),
  limit = 20,
  policy = retryPolicy(),
} = {}): Promise<SendReport> {
  const report: SendReport = { sent: 0, retried: 0, failed: 0, dropped: 0 };
  const due = await write(() => claimDueNotifications(now, limit, leaseMs));
  for (const row of due) await sendOne(row.id, now, policy, report);
  return report;
}

const globalForSender = globalThis as unknown as { notificationSender?: { stop: () => void } };

/**
 * Runs `sendDueNotifications` every `intervalMs` in this process, once however often it is called.
 * A pass never overlaps the next; a database that refuses writes (read-only, locked) is simply tried again later.
 */
export function startNotificationSender(intervalMs = Number(process.env.MAIL_POLL_MS ?? 2000)): () => void {
  if (globalForSender.notificationSender) return globalForSender.notificationSender.stop;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastProblem = "";
  const tick = async () => {
    try {
      await sendDueNotifications();
      lastProblem = "";
    } catch (error) {
      // Logged once per distinct cause, not every pass, while it lasts.
      const problem = String(error);
      if (!(error instanceof WriteFailedError) && problem !== lastProblem)
        console.error("[mail] notification pass failed:", error);
      lastProblem = problem;
    }
    if (!stopped) timer = setTimeout(tick, intervalMs).unref();
  };
  timer = setTimeout(tick, intervalMs).unref();
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    globalForSender.notificationSender = undefined;
  };
  globalForSender.notificationSender = { stop };
  return stop;
}
