"use server";

import "server-only";
import type { SessionUser } from "@/auth/access";
import * as commentQueries from "@/db/queries/comments";
import { atomically, exclusiveFor, tryWrite } from "@/db/write";
import type { Comment } from "@/db/schema";
import { tags } from "@/lib/cache-tags";
import { floodWaitSeconds, isDuplicate } from "@/lib/comments/flood";
import { decideModeration } from "@/lib/comments/moderation";
import { commentsAutoClosed, screenComment } from "@/lib/comments/screen";
import { failed, succeeded } from "@/lib/form-state";
import { fill, getDictionary } from "@/lib/i18n";
import { getModerationSettings } from "@/app/(site)/reads/moderation-settings";
import { expireTags } from "@/app/(site)/reads/refresh";
import { commentAction } from "./comment-action";
import { deleteCommentSchema, editCommentSchema, postCommentSchema, reportCommentSchema } from "./schema";

// Every action here is a public endpoint: each checks the caller, the article and the comment itself.
// A write refreshes only the thread's tag (the article's own cached read holds no comments); expireTags
// makes the page the action re-renders wait for the fresh thread, so authors see their change at once.
// The checks that depend on the reader's own earlier comments (flood, duplicate) run inside the write's
// transaction, so two posts sent at once by one reader cannot both pass them.

type Messages = Awaited<ReturnType<typeof getDictionary>>["comments"]["messages"];

/** The reader's comment on this article if it is theirs and still there; otherwise the sentence refusing it. */
async function ownComment(
  t: Messages,
  user: SessionUser,
  articleId: number,
  commentId: number,
): Promise<Comment | string> {
  const comment = await commentQueries.getComment(commentId);
  if (!comment || comment.articleId !== articleId || comment.deletedAt !== null) return t.unavailable;
  if (comment.userId !== user.id) return t.notYours;
  return comment;
}

export const postComment = commentAction(
  postCommentSchema,
  async ({ lang, slug, parentId, body }, { user, ctx: { t, values } }) => {
    const settings = await getModerationSettings();
    const now = Date.now();
    const article = await commentQueries.getCommentableArticle(lang, slug, now);
    if (!article) return failed(t.unavailable, values);
    if (parentId !== undefined) {
      const parent = await commentQueries.getComment(parentId);
      const canSee =
        parent &&
        parent.articleId === article.id &&
        parent.deletedAt === null &&
        (parent.status === "approved" || parent.userId === user.id);
      if (!canSee || (await commentQueries.getCommentDepth(parentId)) >= 2) return failed(t.cannotReply, values);
    }
    const approvedCount = await commentQueries.countUserApprovedComments(user.id);
    const decision = decideModeration({
      commentsOpen: article.commentsOpen && !commentsAutoClosed(article.publishedAt, settings.autoCloseDays, now),
      banned: false,
      trusted: user.trusted || user.role !== "commenter",
      approvedCount,
      trustThreshold: settings.trustThreshold,
      screen: screenComment(body, settings),
    });
    if (decision.outcome === "refused") return failed(decision.reason === "closed" ? t.closed : t.banned, values);
    const saved = await tryWrite(() =>
      atomically(async (): Promise<string | null> => {
        await exclusiveFor(user.id);
        const wait = floodWaitSeconds(await commentQueries.getLastCommentTime(user.id), now, settings.floodSeconds);
        if (wait > 0) return fill(t.tooQuick, { seconds: wait });
        if (isDuplicate(body, await commentQueries.listUserCommentBodies(user.id, article.id))) return t.duplicate;
        await commentQueries.createComment({
          articleId: article.id,
          userId: user.id,
          parentId: parentId ?? null,
          body,
          createdAt: now,
          status: decision.outcome,
          heldReason: decision.outcome === "approved" ? null : decision.heldReason,
        });
        return null;
      }),
    );
    if (!saved.ok) return failed(t.notSaved, values);
    if (saved.value) return failed(saved.value, values);
    // A banned word: kept as rejected for the moderators, and the reader keeps their text to change it.
    if (decision.outcome === "rejected") return failed(getDictionary(lang).moderation.posting.rejected, values);
    // A held comment changes no page (its author sees it through /api/viewer, which the form asks again), so
    // it expires nothing: no re-rendered page in the answer, no emptied front cache under a flood of comments.
    if (decision.outcome === "pending") return succeeded(t.held);
    expireTags(tags.comments(article.id));
    return succeeded(t.posted);
  },
);

export const editComment = commentAction(
  editCommentSchema,
  async ({ lang, slug, commentId, body }, { user, ctx: { t, values } }) => {
    const settings = await getModerationSettings();
    const now = Date.now();
    const article = await commentQueries.getCommentableArticle(lang, slug, now);
    if (!article) return failed(t.unavailable, values);
    const comment = await ownComment(t, user, article.id, commentId);
    if (typeof comment === "string") return failed(comment, values);
    if (!article.commentsOpen) return failed(t.closed, values);
    if (now - comment.createdAt > settings.editMinutes * 60_000)
      return failed(fill(t.editExpired, { minutes: settings.editMinutes }), values);

    // An edit by an author who is not yet trusted goes back to the moderators, so approval cannot be used to slip text in later.
    const decision = decideModeration({
      commentsOpen: true,
      banned: false,
      trusted: user.trusted || user.role !== "commenter",
      approvedCount: await commentQueries.countUserApprovedComments(user.id, commentId),
      trustThreshold: settings.trustThreshold,
      screen: screenComment(body, settings),
    });
    if (decision.outcome === "rejected") return failed(getDictionary(lang).moderation.posting.rejected, values);
    const held = decision.outcome === "pending" && comment.status === "approved";
    const saved = await tryWrite(() =>
      commentQueries.updateCommentBody(
        commentId,
        body,
        now,
        held ? "pending" : undefined,
        held ? decision.heldReason : undefined,
      ),
    );
    if (!saved.ok) return failed(t.notSaved, values);
    expireTags(tags.comments(article.id));
    return succeeded(held ? t.editHeld : t.edited);
  },
);

export const deleteComment = commentAction(
  deleteCommentSchema,
  async ({ lang, slug, commentId }, { user, ctx: { t } }) => {
    const article = await commentQueries.getCommentableArticle(lang, slug);
    if (!article) return failed(t.unavailable);
    const comment = await ownComment(t, user, article.id, commentId);
    if (typeof comment === "string") return failed(comment);

    const saved = await tryWrite(() => commentQueries.softDeleteComment(commentId, Date.now()));
    if (!saved.ok) return failed(t.notSaved);
    expireTags(tags.comments(article.id));
    return succeeded(t.deleted);
  },
);

export const reportComment = commentAction(
  reportCommentSchema,
  async ({ lang, slug, commentId, reason, note }, { user, ctx: { t, values } }) => {
    const article = await commentQueries.getCommentableArticle(lang, slug);
    const comment = await commentQueries.getComment(commentId);
    if (
      !article ||
      !comment ||
      comment.articleId !== article.id ||
      comment.deletedAt !== null ||
      comment.status !== "approved"
    ) {
      return failed(t.unavailable, values);
    }
    if (comment.userId === user.id) return failed(t.ownReport, values);

    const recorded = await tryWrite(() =>
      commentQueries.createCommentReport({ commentId, reporterId: user.id, reason, note: note ?? null }),
    );
    if (!recorded.ok) return failed(t.notSaved, values);
    // Nothing readers see changes, so no cache tag is refreshed.
    return recorded.value ? succeeded(t.reported) : failed(t.alreadyReported, values);
  },
);
