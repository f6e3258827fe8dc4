import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "../index";
import {
  articles,
  comments,
  mailPreferences,
  notificationOutbox,
  type NotificationKind,
  type OutboxRow,
  users,
} from "../schema";

/** A transaction's handle (or `db` itself): enqueueing happens inside the write that causes the mail. */
type Tx = Pick<typeof db, "select" | "insert">;

export type MailChoices = { commentApproved: boolean; commentReply: boolean };

const choiceColumn = {
  "comment-approved": "commentApproved",
  "comment-reply": "commentReply",
} as const satisfies Record<NotificationKind, keyof MailChoices>;

/** A person's mail choices; both on until they change them. */
export function getMailPreferences(userId: number, tx: Pick<typeof db, "select"> = db): MailChoices {
  const row = tx.select().from(mailPreferences).where(eq(mailPreferences.userId, userId)).get();
  return { commentApproved: row?.commentApproved ?? true, commentReply: row?.commentReply ?? true };
}

export function setMailPreferences(userId: number, choices: Partial<MailChoices>, at = Date.now()): void {
  db.insert(mailPreferences)
    .values({ userId, ...getMailPreferences(userId), ...choices, updatedAt: at })
    .onConflictDoUpdate({ target: mailPreferences.userId, set: { ...choices, updatedAt: at } })
    .run();
}

/** One kind of mail off, as an unsubscribe link asks; false when the person no longer exists. */
export function unsubscribe(userId: number, kind: NotificationKind, at = Date.now()): boolean {
  return db.transaction(() => {
    if (!db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) return false;
    setMailPreferences(userId, { [choiceColumn[kind]]: false }, at);
    return true;
  });
}

type Notice = { userId: number; kind: NotificationKind; commentId: number };

/** Whether a person should get this kind of mail now: they exist, are not banned and have not turned it off. */
function wantsMail(tx: Tx, userId: number, kind: NotificationKind, at: number): boolean {
  const person = tx.select({ bannedUntil: users.bannedUntil }).from(users).where(eq(users.id, userId)).get();
  if (!person || (person.bannedUntil !== null && person.bannedUntil > at)) return false;
  return getMailPreferences(userId, tx)[choiceColumn[kind]];
}

/** The parent's author, when `replyId` answers a live comment by someone else. */
function replyNotice(tx: Tx, replyId: number): Notice | null {
  const parent = alias(comments, "parent");
  const row = tx
    .select({ replier: comments.userId, parentAuthor: parent.userId, parentDeletedAt: parent.deletedAt })
    .from(comments)
    .innerJoin(parent, eq(parent.id, comments.parentId))
    .where(eq(comments.id, replyId))
    .get();
  if (!row || row.parentDeletedAt !== null || row.parentAuthor === row.replier) return null;
  return { userId: row.parentAuthor, kind: "comment-reply", commentId: replyId };
}

function enqueue(tx: Tx, notices: Notice[], at: number): number {
  const wanted = notices.filter((n) => wantsMail(tx, n.userId, n.kind, at));
  if (wanted.length === 0) return 0;
  // A comment that goes back and forth on the desk mails each person once.
  return tx
    .insert(notificationOutbox)
    .values(wanted.map((n) => ({ ...n, nextAttemptAt: at, createdAt: at })))
    .onConflictDoNothing()
    .run().changes;
}

type Approval = { commentId: number; authorId: number; from: string; to: string | null };

/**
 * Inside the moderation transaction: for each comment that has just become visible, "your comment
 * was approved" to its author (not to a moderator approving their own) and "someone replied" to
 * the author of the comment it answers (never to the replier themselves).
 */
export function enqueueApprovalNotices(tx: Tx, changes: Approval[], actorId: number, at = Date.now()): number {
  const notices: Notice[] = [];
  for (const change of changes) {
    if (change.to !== "approved" || change.from === "approved") continue;
    if (change.authorId !== actorId)
      notices.push({ userId: change.authorId, kind: "comment-approved", commentId: change.commentId });
    const reply = replyNotice(tx, change.commentId);
    if (reply) notices.push(reply);
  }
  return enqueue(tx, notices, at);
}

/** Inside the write of a reply that is visible at once (a trusted commenter's, or the desk's): mail the parent's author. */
export function enqueueReplyNotice(tx: Tx, replyId: number, at = Date.now()): number {
  const reply = replyNotice(tx, replyId);
  return reply ? enqueue(tx, [reply], at) : 0;
}

/**
 * The mails due now, leased for `leaseMs` so a second sender (another server on the same file)
 * skips them, and a sender that dies mid-send leaves them to be tried again later.
 */
export function claimDueNotifications(now: number, limit: number, leaseMs: number): OutboxRow[] {
  return db.transaction((tx) => {
    const due = tx
      .select()
      .from(notificationOutbox)
      .where(and(eq(notificationOutbox.state, "pending"), lte(notificationOutbox.nextAttemptAt, now)))
      .orderBy(notificationOutbox.nextAttemptAt)
      .limit(limit)
      .all();
    if (due.length > 0) {
      tx.update(notificationOutbox)
        .set({ nextAttemptAt: now + leaseMs })
        .where(
          inArray(
            notificationOutbox.id,
            due.map((row) => row.id),
          ),
        )
        .run();
    }
    return due;
  });
}

/** Everything one mail needs, read when it is sent, so a change made meanwhile (ban, unsubscribe, rejection) counts. */
export function getNoticeFacts(id: number) {
  const recipient = alias(users, "recipient");
  const writer = alias(users, "writer");
  return (
    db
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
        commentApproved: sql<number | null>`${mailPreferences.commentApproved}`,
        commentReply: sql<number | null>`${mailPreferences.commentReply}`,
      })
      .from(notificationOutbox)
      .innerJoin(recipient, eq(recipient.id, notificationOutbox.userId))
      .innerJoin(comments, eq(comments.id, notificationOutbox.commentId))
      .innerJoin(writer, eq(writer.id, comments.userId))
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .leftJoin(mailPreferences, eq(mailPreferences.userId, notificationOutbox.userId))
      .where(eq(notificationOutbox.id, id))
      .get() ?? null
  );
}

export type NoticeRow = NonNullable<ReturnType<typeof getNoticeFacts>>;

export function markNotificationSent(id: number, attempts: number, at: number): void {
  db.update(notificationOutbox)
    .set({ state: "sent", attempts, sentAt: at, lastError: null })
    .where(eq(notificationOutbox.id, id))
    .run();
}

/** A failed attempt: tried again at `nextAt`, or given up (`nextAt` null) with the reason kept. */
export function markNotificationFailed(id: number, attempts: number, error: string, nextAt: number | null): void {
  db.update(notificationOutbox)
    .set({
      attempts,
      lastError: error.slice(0, 500),
      ...(nextAt === null ? { state: "failed" as const } : { nextAttemptAt: nextAt }),
    })
    .where(eq(notificationOutbox.id, id))
    .run();
}

/** Not to be sent any more (banned, unsubscribed, the comment hidden since): kept with the reason. */
export function dropNotification(id: number, reason: string): void {
  db.update(notificationOutbox).set({ state: "dropped", lastError: reason }).where(eq(notificationOutbox.id, id)).run();
}
