import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { changedRows, db, numberOrNull } from "../index";
import { atomically } from "../write";
import { type NotificationKind, type OutboxRow } from "../schema";
import { articles, comments, mailPreferences, notificationOutbox, users } from "../tables";

/** A transaction's handle (or `db` itself): enqueueing happens inside the write that causes the mail. */
type Tx = Pick<typeof db, "select" | "insert">;

export type MailChoices = { commentApproved: boolean; commentReply: boolean };

const choiceColumn = {
  "comment-approved": "commentApproved",
  "comment-reply": "commentReply",
} as const satisfies Record<NotificationKind, keyof MailChoices>;

/** A person's mail choices; both on until they change them. */
export async function getMailPreferences(userId: number, tx: Pick<typeof db, "select"> = db): Promise<MailChoices> {
  const row = (await tx.select().from(mailPreferences).where(eq(mailPreferences.userId, userId)).limit(1))[0];
  return { commentApproved: row?.commentApproved ?? true, commentReply: row?.commentReply ?? true };
}

export async function setMailPreferences(
  userId: number,
  choices: Partial<MailChoices>,
  at = Date.now(),
): Promise<void> {
  await db
    .insert(mailPreferences)
    .values({ userId, ...(await getMailPreferences(userId)), ...choices, updatedAt: at })
    .onConflictDoUpdate({ target: mailPreferences.userId, set: { ...choices, updatedAt: at } });
}

/** One kind of mail off, as an unsubscribe link asks; false when the person no longer exists. */
export async function unsubscribe(userId: number, kind: NotificationKind, at = Date.now()): Promise<boolean> {
  return atomically(async () => {
    if (!(await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1))[0]) return false;
    await setMailPreferences(userId, { [choiceColumn[kind]]: false }, at);
    return true;
  });
}

type Notice = { userId: number; kind: NotificationKind; commentId: number };

/** Whether a person should get this kind of mail now: they exist, are not banned and have not turned it off. */
async function wantsMail(tx: Tx, userId: number, kind: NotificationKind, at: number): Promise<boolean> {
  const person = (
    await tx.select({ bannedUntil: users.bannedUntil }).from(users).where(eq(users.id, userId)).limit(1)
  )[0];
  if (!person || (person.bannedUntil !== null && person.bannedUntil > at)) return false;
  return (await getMailPreferences(userId, tx))[choiceColumn[kind]];
}

/** The parent's author, when `replyId` answers a live comment by someone else. */
async function replyNotice(tx: Tx, replyId: number): Promise<Notice | null> {
  const parent = alias(comments, "parent");
  const row = (
    await tx
      .select({ replier: comments.userId, parentAuthor: parent.userId, parentDeletedAt: parent.deletedAt })
      .from(comments)
      .innerJoin(parent, eq(parent.id, comments.parentId))
      .where(eq(comments.id, replyId))
      .limit(1)
  )[0];
  if (!row || row.parentDeletedAt !== null || row.parentAuthor === row.replier) return null;
  return { userId: row.parentAuthor, kind: "comment-reply", commentId: replyId };
}

async function enqueue(tx: Tx, notices: Notice[], at: number): Promise<number> {
  const wanted: Notice[] = [];
  for (const n of notices) if (await wantsMail(tx, n.userId, n.kind, at)) wanted.push(n);
  if (wanted.length === 0) return 0;
  // A comment that goes back and forth on the desk mails each person once.
  return changedRows(
    await tx
      .insert(notificationOutbox)
      .values(wanted.map((n) => ({ ...n, nextAttemptAt: at, createdAt: at })))
      .onConflictDoNothing(),
  );
}

type Approval = { commentId: number; authorId: number; from: string; to: string | null };

/**
 * Inside the moderation transaction: for each comment that has just become visible, "your comment
 * was approved" to its author (not to a moderator approving their own) and "someone replied" to
 * the author of the comment it answers (never to the replier themselves).
 */
export async function enqueueApprovalNotices(
  tx: Tx,
  changes: Approval[],
  actorId: number,
  at = Date.now(),
): Promise<number> {
  const notices: Notice[] = [];
  for (const change of changes) {
    if (change.to !== "approved" || change.from === "approved") continue;
    if (change.authorId !== actorId)
      notices.push({ userId: change.authorId, kind: "comment-approved", commentId: change.commentId });
    const reply = await replyNotice(tx, change.commentId);
    if (reply) notices.push(reply);
  }
  return enqueue(tx, notices, at);
}

/** Inside the write of a reply that is visible at once (a trusted commenter's, or the desk's): mail the parent's author. */
export async function enqueueReplyNotice(tx: Tx, replyId: number, at = Date.now()): Promise<number> {
  const reply = await replyNotice(tx, replyId);
  return reply ? await enqueue(tx, [reply], at) : 0;
}

/**
 * The mails due now, leased for `leaseMs` so a second sender (another server on the same file)
 * skips them, and a sender that dies mid-send leaves them to be tried again later.
 */
export async function claimDueNotifications(now: number, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  return atomically(async () => {
    const due = await db
      .select()
      .from(notificationOutbox)
      .where(and(eq(notificationOutbox.state, "pending"), lte(notificationOutbox.nextAttemptAt, now)))
      .orderBy(notificationOutbox.nextAttemptAt)
      .limit(limit);
    if (due.length > 0) {
      await db
        .update(notificationOutbox)
        .set({ nextAttemptAt: now + leaseMs })
        .where(
          inArray(
            notificationOutbox.id,
            due.map((row) => row.id),
          ),
        );
    }
    return due;
  });
}

/** Everything one mail needs, read when it is sent, so a change made meanwhile (ban, unsubscribe, rejection) counts. */
export async function getNoticeFacts(id: number) {
  const recipient = alias(users, "recipient");
  const writer = alias(users, "writer");
  return (
    (
      await db
        .select({
          id: notificationOutbox.id,
          kind: notificationOutbox.kind,
          attempts: notificationOutbox.attempts,
          userId: recipient.id,
          to: recipient.email,
          readerName: recipient.name,
          bannedUntil: recipient.bannedUntil,
          commentId: comments.id,
          commentBody: comments.body,
          commentStatus: comments.status,
          commentDeletedAt: comments.deletedAt,
          fromDesk: comments.fromDesk,
          writerName: writer.name,
          lang: articles.edition,
          articleSlug: articles.slug,
          articleTitle: articles.title,
          articleStatus: articles.status,
          articlePublishedAt: articles.publishedAt,
          articleDeletedAt: articles.deletedAt,
          commentApproved: sql<number | null>`${mailPreferences.commentApproved}`.mapWith(numberOrNull),
          commentReply: sql<number | null>`${mailPreferences.commentReply}`.mapWith(numberOrNull),
        })
        .from(notificationOutbox)
        .innerJoin(recipient, eq(recipient.id, notificationOutbox.userId))
        .innerJoin(comments, eq(comments.id, notificationOutbox.commentId))
        .innerJoin(writer, eq(writer.id, comments.userId))
        .innerJoin(articles, eq(articles.id, comments.articleId))
        .leftJoin(mailPreferences, eq(mailPreferences.userId, notificationOutbox.userId))
        .where(eq(notificationOutbox.id, id))
        .limit(1)
    )[0] ?? null
  );
}

export type NoticeRow = NonNullable<Awaited<ReturnType<typeof getNoticeFacts>>>;

export async function markNotificationSent(id: number, attempts: number, at: number): Promise<void> {
  await db
    .update(notificationOutbox)
    .set({ state: "sent", attempts, sentAt: at, lastError: null })
    .where(eq(notificationOutbox.id, id));
}

/** A failed attempt: tried again at `nextAt`, or given up (`nextAt` null) with the reason kept. */
export async function markNotificationFailed(
  id: number,
  attempts: number,
  error: string,
  nextAt: number | null,
): Promise<void> {
  await db
    .update(notificationOutbox)
    .set({
      attempts,
      lastError: error.slice(0, 500),
      ...(nextAt === null ? { state: "failed" as const } : { nextAttemptAt: nextAt }),
    })
    .where(eq(notificationOutbox.id, id));
}

/** Not to be sent any more (banned, unsubscribed, the comment hidden since): kept with the reason. */
export async function dropNotification(id: number, reason: string): Promise<void> {
  await db.update(notificationOutbox).set({ state: "dropped", lastError: reason }).where(eq(notificationOutbox.id, id));
}
