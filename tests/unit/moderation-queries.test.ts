import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { listAuditActors, listAuditEntries, listCommentHistory } from "@/db/queries/audit";
import { getCommentContext } from "@/db/queries/comment-context";
import { moderateComments } from "@/db/queries/moderation-actions";
import { countQueues, findArticle, getQueueRow, listOpenReports, listQueue } from "@/db/queries/moderation-queues";
import {
  banCommentAuthors,
  banPerson,
  changeRole,
  findPerson,
  getPerson,
  liftBan,
  listPeople,
  permanentBan,
  setTrusted,
} from "@/db/queries/people";
import { commentReports, comments, commentStatusCounts, users } from "@/db/tables";
import { describeOnEngines } from "../helpers/engines";
import { clock, comment, countedByHand, fillDesk, people, stories } from "./moderation-desk-fixture";

// One desk worked through in order: the counts, pages, actions and people tests each build on the last.
describeOnEngines("the moderation desk", fillDesk, () => {
  describe("queue counts", () => {
    it("come from the counter table, kept right by triggers through inserts, moves, soft and hard deletes", async () => {
      expect(await countQueues()).toEqual(await countedByHand());
      const soft = await comment("asha", "pending");
      await db.update(comments).set({ deletedAt: clock }).where(eq(comments.id, soft));
      const parent = await comment("bharat", "approved");
      await comment("asha", "approved", { parentId: parent });
      await db.delete(comments).where(eq(comments.id, parent)); // its reply goes with it
      await db
        .update(comments)
        .set({ status: "rejected" })
        .where(eq(comments.id, await comment("chirag", "pending")));
      expect(await countQueues()).toEqual(await countedByHand());
      expect((await db.select().from(commentStatusCounts)).every((row) => row.count >= 0)).toBe(true);
    });

    it("by story and by author, and count each reported comment once while its reports are open", async () => {
      const target = (await listQueue("approved", { articleId: stories[1] })).rows[0].id;
      await db.insert(commentReports).values([
        { commentId: target, reporterId: people.asha, reason: "spam" },
        { commentId: target, reporterId: people.bharat, reason: "abuse", note: "rude" },
      ]);
      expect((await countQueues()).reported).toBe(1);
      expect(await countQueues({ articleId: stories[1] })).toEqual(await countedByHand({ articleId: stories[1] }));
      expect(await countQueues({ authorId: people.asha })).toEqual(await countedByHand({ authorId: people.asha }));
      expect((await listQueue("reported", {})).rows.map((r) => r.id)).toEqual([target]);
    });

    it("forget a reported comment once its author deletes it", async () => {
      const gone = await comment("asha", "approved");
      await db.insert(commentReports).values({ commentId: gone, reporterId: people.bharat, reason: "off-topic" });
      expect((await countQueues()).reported).toBe(2);
      await db.update(comments).set({ deletedAt: clock }).where(eq(comments.id, gone));
      expect(await countQueues()).toEqual(await countedByHand());
      expect((await countQueues()).reported).toBe(1);
    });
  });

  describe("queue pages", () => {
    it("walk the backlog oldest first, page after page, without repeats or gaps", async () => {
      const seen: number[] = [];
      let page = await listQueue("pending", {}, undefined, 3);
      for (;;) {
        seen.push(...page.rows.map((r) => r.id));
        if (!page.next) break;
        page = await listQueue("pending", {}, page.next, 3);
      }
      const expected = (
        await db
          .select({ id: comments.id })
          .from(comments)
          .where(sql`status = 'pending' and deleted_at is null`)
          .orderBy(comments.createdAt, comments.id)
      ).map((r) => r.id);
      expect(seen).toEqual(expected);
    });

    it("show the newest approved first, with the story and author", async () => {
      const { rows } = await listQueue("approved", { authorId: people.chirag }, undefined, 2);
      expect(rows[0].createdAt).toBeGreaterThan(rows[1].createdAt);
      expect(rows[0]).toMatchObject({ authorName: "chirag", articleSlug: "second-story", status: "approved" });
    });
  });

  describe("moderation actions", () => {
    it("bulk approve publishes the comments, logs each from pending to approved, and updates the counts", async () => {
      const before = await countQueues();
      const ids = (await listQueue("pending", {}, undefined, 3)).rows.map((r) => r.id);
      const changes = await moderateComments(ids, "approve", people.meera, clock);
      expect(changes.map((c) => [c.commentId, c.from, c.to])).toEqual(ids.map((id) => [id, "pending", "approved"]));
      expect(await countQueues()).toMatchObject({ pending: before.pending - 3, approved: before.approved + 3 });
      const log = (await listAuditEntries({ actorId: people.meera, action: "approve" })).rows;
      expect(log.map((e) => e.commentId).sort()).toEqual([...ids].sort());
      expect(log[0]).toMatchObject({ actorName: "meera", fromStatus: "pending", toStatus: "approved" });
    });

    it("approving a reported comment keeps it and closes its reports", async () => {
      const reported = (await listQueue("reported", {})).rows[0].id;
      expect((await listOpenReports([reported])).map((r) => [r.reason, r.reporterName])).toEqual([
        ["spam", "asha"],
        ["abuse", "bharat"],
      ]);
      expect(await getQueueRow(reported)).toMatchObject({ id: reported, articleSlug: "second-story", deletedAt: null });
      await moderateComments([reported], "approve", people.meera);
      expect((await countQueues()).reported).toBe(0);
      expect((await listCommentHistory(reported)).map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
        ["approve", "approved", "approved"],
      ]);
    });

    it("spam, feature (which approves) and delete for good (with replies) are logged too", async () => {
      const a = await comment("asha", "pending");
      const b = await comment("bharat", "pending");
      const reply = await comment("chirag", "approved", { parentId: b });
      expect((await moderateComments([a], "spam", people.admin))[0]).toMatchObject({ from: "pending", to: "spam" });
      await moderateComments([b], "feature", people.admin);
      expect((await db.select().from(comments).where(eq(comments.id, b)).limit(1))[0]).toMatchObject({
        status: "approved",
        featured: true,
      });
      expect(
        (await getCommentContext({ id: reply, articleId: stories[0], createdAt: clock })).ancestors.map((c) => c.id),
      ).toEqual([b]);
      const deleted = await moderateComments([b], "delete", people.admin);
      expect(deleted.map((c) => c.commentId).sort()).toEqual([b, reply].sort());
      expect(
        await db
          .select()
          .from(comments)
          .where(sql`id in (${b}, ${reply})`),
      ).toEqual([]);
      expect((await listCommentHistory(b)).map((h) => h.action)).toEqual(["feature", "delete"]);
      expect(await countQueues()).toEqual(await countedByHand());
    });

    it("ban the author bans commenters for good, ends their sessions, and leaves staff and the moderator alone", async () => {
      const mine = await comment("meera", "approved");
      const theirs = await comment("bharat", "pending");
      const version = (await db.select().from(users).where(eq(users.id, people.bharat)).limit(1))[0]!.sessionVersion;
      const result = await banCommentAuthors([mine, theirs], people.meera, permanentBan);
      expect(result).toEqual({ userIds: [people.bharat], commentIds: [theirs] });
      expect((await db.select().from(users).where(eq(users.id, people.bharat)).limit(1))[0]).toMatchObject({
        bannedUntil: permanentBan,
        sessionVersion: version + 1,
      });
      expect((await db.select().from(users).where(eq(users.id, people.meera)).limit(1))[0]!.bannedUntil).toBeNull();
      await liftBan(people.bharat, people.admin);
    });
  });

  describe("people", () => {
    it("a suspension with 'reject all their comments' rejects and logs each one and names the stories touched", async () => {
      const live = await db
        .select()
        .from(comments)
        .where(sql`user_id = ${people.chirag} and status in ('pending', 'approved') and deleted_at is null`);
      const affected = await banPerson(people.chirag, clock + 86_400_000, people.admin, true, clock);
      expect(new Set(affected.map((a) => a.articleId))).toEqual(new Set(live.map((c) => c.articleId)));
      expect(await countQueues({ authorId: people.chirag })).toMatchObject({ pending: 0, approved: 0 });
      expect((await listAuditEntries({ action: "reject", actorId: people.admin })).rows).toHaveLength(live.length);
      expect((await listAuditEntries({ action: "suspend" })).rows[0]).toMatchObject({
        targetName: "chirag",
        actorName: "admin",
      });
    });

    it("are listed and found by name or email, with their approved comments counted", async () => {
      const approved = (
        await db
          .select()
          .from(comments)
          .where(sql`user_id = ${people.meera} and status = 'approved' and deleted_at is null`)
      ).length;
      expect((await listPeople({ query: "MEERA@example" })).rows).toEqual([
        expect.objectContaining({ id: people.meera, role: "editor", approved }),
      ]);
      expect((await listPeople({ role: "admin" })).rows.map((p) => p.name)).toEqual(["admin"]);
      expect((await listPeople({ query: "100%_" })).total).toBe(0);
    });

    it("are found by id or email, and trusting one is logged", async () => {
      expect(await findPerson({ email: "bharat@example.test" })).toEqual({ id: people.bharat, name: "bharat" });
      expect(await findPerson({ id: 999_999 })).toBeNull();
      expect(await findArticle({ edition: "en", slug: "first-story" })).toEqual({
        id: stories[0],
        title: "first-story",
      });
      await setTrusted(people.bharat, true, people.admin);
      expect(await getPerson(people.bharat)).toMatchObject({ trusted: true, name: "bharat" });
      expect((await listAuditEntries({ action: "trust" })).rows[0]).toMatchObject({ targetName: "bharat" });
    });

    it("a change of role ends the person's sessions and is logged", async () => {
      const version = (await db.select().from(users).where(eq(users.id, people.asha)).limit(1))[0]!.sessionVersion;
      await changeRole(people.asha, "editor", people.admin);
      expect((await db.select().from(users).where(eq(users.id, people.asha)).limit(1))[0]).toMatchObject({
        role: "editor",
        sessionVersion: version + 1,
      });
      expect((await listAuditEntries({ action: "role" })).rows[0].note).toBe("commenter → editor");
    });

    it("the audit log pages by id and knows who has acted", async () => {
      const first = await listAuditEntries({}, undefined, 2);
      const second = await listAuditEntries({}, first.next!, 2);
      expect(second.rows[0].id).toBeLessThan(first.rows[1].id);
      expect((await listAuditActors()).map((a) => a.name).sort()).toEqual(["admin", "meera"]);
    });
  });
});
