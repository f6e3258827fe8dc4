import "server-only";
import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "../index";
import { auditKinds, type ModerationAction } from "../schema";
import { articles, moderationLog, users } from "../tables";

export const auditPageSize = 50;
export type AuditKind = keyof typeof auditKinds;
/** `from`/`to`: a time range in ms (to exclusive). */
export type AuditFilter = { actorId?: number; action?: ModerationAction; kind?: AuditKind; from?: number; to?: number };

// Made per call: `users` is the open engine's table (db/tables.ts), not the one there was at import.
const aliasesOf = () => ({ actor: alias(users, "actor"), target: alias(users, "target") });

/** One page of the audit log, newest first, continuing below entry `before` (keyset on id). */
export async function listAuditEntries(filter: AuditFilter, before?: number, limit = auditPageSize) {
  const { actor, target } = aliasesOf();
  const rows = await db
    .select({
      id: moderationLog.id,
      action: moderationLog.action,
      commentId: moderationLog.commentId,
      fromStatus: moderationLog.fromStatus,
      toStatus: moderationLog.toStatus,
      note: moderationLog.note,
      createdAt: moderationLog.createdAt,
      actorId: moderationLog.actorId,
      actorName: actor.name,
      targetUserId: moderationLog.targetUserId,
      targetName: target.name,
      articleId: moderationLog.articleId,
      articleTitle: articles.title,
      before: moderationLog.before,
      after: moderationLog.after,
    })
    .from(moderationLog)
    .leftJoin(actor, eq(actor.id, moderationLog.actorId))
    .leftJoin(target, eq(target.id, moderationLog.targetUserId))
    .leftJoin(articles, and(eq(articles.id, moderationLog.articleId), sql`${moderationLog.action} like 'story-%'`))
    .where(
      and(
        filter.actorId ? eq(moderationLog.actorId, filter.actorId) : undefined,
        filter.action ? eq(moderationLog.action, filter.action) : undefined,
        filter.kind ? inArray(moderationLog.action, [...auditKinds[filter.kind]]) : undefined,
        filter.from !== undefined ? gte(moderationLog.createdAt, filter.from) : undefined,
        filter.to !== undefined ? lt(moderationLog.createdAt, filter.to) : undefined,
        before ? lt(moderationLog.id, before) : undefined,
      ),
    )
    .orderBy(desc(moderationLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, next: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>["rows"][number];

/** Everyone who has an entry in the log, for the filter (read from the actor index). */
export async function listAuditActors() {
  return await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(sql`${users.id} in (select distinct actor_id from moderation_log where actor_id is not null)`)
    .orderBy(users.name);
}

/** A comment's moderation history, oldest first, for its context page. */
export async function listCommentHistory(commentId: number) {
  const { actor } = aliasesOf();
  return await db
    .select({
      id: moderationLog.id,
      action: moderationLog.action,
      fromStatus: moderationLog.fromStatus,
      toStatus: moderationLog.toStatus,
      createdAt: moderationLog.createdAt,
      actorName: actor.name,
    })
    .from(moderationLog)
    .leftJoin(actor, eq(actor.id, moderationLog.actorId))
    .where(eq(moderationLog.commentId, commentId))
    .orderBy(moderationLog.id);
}

export type ContentChange = {
  actorId: number;
  action: ModerationAction;
  articleId?: number;
  note?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  at?: number;
};

/** One line in the audit log for a change to stories, sections or settings. */
export async function logContentChange({
  actorId,
  action,
  articleId,
  note,
  before,
  after,
  at = Date.now(),
}: ContentChange) {
  await db.insert(moderationLog).values({
    actorId,
    action,
    articleId: articleId ?? null,
    note: note ?? null,
    before: before ?? null,
    after: after ?? null,
    createdAt: at,
  });
}
