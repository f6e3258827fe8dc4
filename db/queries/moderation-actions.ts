import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "../index";
import { perDialect, rowsOf } from "../dialect";
import { atomically } from "../write";
import { type CommentStatus } from "../schema";
import { articles, commentReports, comments, moderationLog } from "../tables";
import { enqueueApprovalNotices } from "./notifications";
import { banCommentAuthors } from "./people";

// What the desk does to comments: approve, reject, spam, (un)feature, delete, and ban with reject.

export type DeskAction = "approve" | "reject" | "spam" | "feature" | "unfeature" | "delete";

/** What a moderation changed on one comment, so the caller can refresh that article's page. */
export type ModerationChange = {
  commentId: number;
  articleId: number;
  edition: "gu" | "en";
  slug: string;
  from: CommentStatus;
  to: CommentStatus | null;
  authorId: number;
};

const targetColumns = () => ({
  commentId: comments.id,
  articleId: articles.id,
  edition: articles.edition,
  slug: articles.slug,
  from: comments.status,
  authorId: comments.userId,
});

async function targetsOf(tx: Pick<typeof db, "select">, ids: number[]) {
  return await tx
    .select(targetColumns())
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(inArray(comments.id, ids))
    .orderBy(asc(comments.id)); // the same order on both engines: the audit lines and changes follow it
}

const statusAfter: Record<Exclude<DeskAction, "delete" | "unfeature">, CommentStatus> = {
  approve: "approved",
  reject: "rejected",
  spam: "spam",
  // An editor's pick is shown to readers, so featuring approves as well.
  feature: "approved",
};

/**
 * Approves, rejects, marks as spam, (un)features or deletes comments for good, in one
 * transaction: every comment touched gets an audit entry, and its open reports are closed.
 * Deleting a comment deletes its replies with it (and logs them too). Unknown ids are skipped.
 */
export async function moderateComments(
  ids: number[],
  action: DeskAction,
  actorId: number,
  at = Date.now(),
): Promise<ModerationChange[]> {
  if (ids.length === 0) return [];
  return atomically(async () => {
    if (action === "delete") {
      const tree = (
        await rowsOf<{ id: number }>(
          perDialect(
            sql`with recursive tree(id) as (
            select value from json_each(${JSON.stringify(ids)})
            union select c.id from comments c join tree t on c.parent_id = t.id
          ) select id from tree`,
            sql`with recursive tree(id) as (
            select unnest(${sql.param(ids)}::integer[])
            union select c.id from comments c join tree t on c.parent_id = t.id
          ) select id from tree`,
          ),
        )
      ).map((row) => row.id);
      const targets = await targetsOf(db, tree);
      if (targets.length === 0) return [];
      await db.insert(moderationLog).values(
        targets.map((t) => ({
          actorId,
          action,
          commentId: t.commentId,
          targetUserId: t.authorId,
          fromStatus: t.from,
          toStatus: null,
          createdAt: at,
        })),
      );
      await db.delete(comments).where(
        inArray(
          comments.id,
          targets.map((t) => t.commentId),
        ),
      );
      return targets.map((t) => ({ ...t, to: null }));
    }
    const targets = await targetsOf(db, ids);
    if (targets.length === 0) return [];
    const found = targets.map((t) => t.commentId);
    const to = action === "unfeature" ? undefined : statusAfter[action];
    const featured = action === "feature" ? true : action === "approve" ? undefined : false;
    await db
      .update(comments)
      .set({ ...(to ? { status: to } : {}), ...(featured === undefined ? {} : { featured }) })
      .where(inArray(comments.id, found));
    await db
      .update(commentReports)
      .set({ resolvedAt: at })
      .where(and(inArray(commentReports.commentId, found), isNull(commentReports.resolvedAt)));
    await db.insert(moderationLog).values(
      targets.map((t) => ({
        actorId,
        action,
        commentId: t.commentId,
        targetUserId: t.authorId,
        fromStatus: t.from,
        toStatus: to ?? t.from,
        createdAt: at,
      })),
    );
    const changes = targets.map((t) => ({ ...t, to: to ?? t.from }));
    await enqueueApprovalNotices(db, changes, actorId, at); // mailed after the commit (mailer/)
    return changes;
  });
}

/** Bans the authors of these comments and rejects the comments, in one transaction: a failure leaves neither. */
export async function banAndRejectComments(
  ids: number[],
  actorId: number,
  until: number,
  at = Date.now(),
): Promise<{ people: number; changes: ModerationChange[] }> {
  return atomically(async () => {
    const banned = await banCommentAuthors(ids, actorId, until, at);
    return {
      people: banned.userIds.length,
      changes: banned.userIds.length === 0 ? [] : await moderateComments(banned.commentIds, "reject", actorId, at),
    };
  });
}
