import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { listAuditActors, listAuditEntries, listCommentHistory } from "@/db/queries/audit";
import { getCommentContext } from "@/db/queries/comment-context";
import { moderateComments } from "@/db/queries/moderation-actions";
import { countQueues, listQueue } from "@/db/queries/moderation-queues";
import { banCommentAuthors, banPerson, changeRole, liftBan, listPeople, permanentBan } from "@/db/queries/people";
import { commentReports, comments, commentStatusCounts, users } from "@/db/schema";
import { clock, comment, countedByHand, people, setUpDesk, stories } from "./moderation-desk-fixture";

// One desk worked through in order: the counts, pages, actions and people tests each build on the last.
beforeAll(async () => {
  await setUpDesk();
});

describe("queue counts", () => {
  it("come from the counter table, kept right by triggers through inserts, moves, soft and hard deletes", () => {
    expect(countQueues()).toEqual(countedByHand());
    const soft = comment("asha", "pending");
    db.update(comments).set({ deletedAt: clock }).where(eq(comments.id, soft)).run();
    const parent = comment("bharat", "approved");
    comment("asha", "approved", { parentId: parent });
    db.delete(comments).where(eq(comments.id, parent)).run(); // its reply goes with it
    db.update(comments)
      .set({ status: "rejected" })
      .where(eq(comments.id, comment("chirag", "pending")))
      .run();
    expect(countQueues()).toEqual(countedByHand());
    expect(
      db
        .select()
        .from(commentStatusCounts)
        .all()
        .every((row) => row.count >= 0),
    ).toBe(true);
  });

  it("by story and by author, and count each reported comment once while its reports are open", () => {
    const target = listQueue("approved", { articleId: stories[1] }).rows[0].id;
    db.insert(commentReports)
      .values([
        { commentId: target, reporterId: people.asha, reason: "spam" },
        { commentId: target, reporterId: people.bharat, reason: "abuse", note: "rude" },
      ])
      .run();
    expect(countQueues().reported).toBe(1);
    expect(countQueues({ articleId: stories[1] })).toEqual(countedByHand({ articleId: stories[1] }));
    expect(countQueues({ authorId: people.asha })).toEqual(countedByHand({ authorId: people.asha }));
    expect(listQueue("reported", {}).rows.map((r) => r.id)).toEqual([target]);
  });

  it("forget a reported comment once its author deletes it", () => {
    const gone = comment("asha", "approved");
    db.insert(commentReports).values({ commentId: gone, reporterId: people.bharat, reason: "off-topic" }).run();
    expect(countQueues().reported).toBe(2);
    db.update(comments).set({ deletedAt: clock }).where(eq(comments.id, gone)).run();
    expect(countQueues()).toEqual(countedByHand());
    expect(countQueues().reported).toBe(1);
  });
});

describe("queue pages", () => {
  it("walk the backlog oldest first, page after page, without repeats or gaps", () => {
    const seen: number[] = [];
    let page = listQueue("pending", {}, undefined, 3);
    for (;;) {
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      page = listQueue("pending", {}, page.next, 3);
    }
    const expected = db
      .select({ id: comments.id })
      .from(comments)
      .where(sql`status = 'pending' and deleted_at is null`)
      .orderBy(comments.createdAt, comments.id)
      .all()
      .map((r) => r.id);
    expect(seen).toEqual(expected);
  });

  it("show the newest approved first, with the story and author", () => {
    const { rows } = listQueue("approved", { authorId: people.chirag }, undefined, 2);
    expect(rows[0].createdAt).toBeGreaterThan(rows[1].createdAt);
    expect(rows[0]).toMatchObject({ authorName: "chirag", articleSlug: "second-story", status: "approved" });
  });
});

describe("moderation actions", () => {
  it("bulk approve publishes the comments, logs each from pending to approved, and updates the counts", () => {
    const before = countQueues();
    const ids = listQueue("pending", {}, undefined, 3).rows.map((r) => r.id);
    const changes = moderateComments(ids, "approve", people.meera, clock);
    expect(changes.map((c) => [c.commentId, c.from, c.to])).toEqual(ids.map((id) => [id, "pending", "approved"]));
    expect(countQueues()).toMatchObject({ pending: before.pending - 3, approved: before.approved + 3 });
    const log = listAuditEntries({ actorId: people.meera, action: "approve" }).rows;
    expect(log.map((e) => e.commentId).sort()).toEqual([...ids].sort());
    expect(log[0]).toMatchObject({ actorName: "meera", fromStatus: "pending", toStatus: "approved" });
  });

  it("approving a reported comment keeps it and closes its reports", () => {
    const reported = listQueue("reported", {}).rows[0].id;
    moderateComments([reported], "approve", people.meera);
    expect(countQueues().reported).toBe(0);
    expect(listCommentHistory(reported).map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ["approve", "approved", "approved"],
    ]);
  });

  it("spam, feature (which approves) and delete for good (with replies) are logged too", () => {
    const a = comment("asha", "pending");
    const b = comment("bharat", "pending");
    const reply = comment("chirag", "approved", { parentId: b });
    expect(moderateComments([a], "spam", people.admin)[0]).toMatchObject({ from: "pending", to: "spam" });
    moderateComments([b], "feature", people.admin);
    expect(db.select().from(comments).where(eq(comments.id, b)).get()).toMatchObject({
      status: "approved",
      featured: true,
    });
    expect(
      getCommentContext({ id: reply, articleId: stories[0], createdAt: clock }).ancestors.map((c) => c.id),
    ).toEqual([b]);
    const deleted = moderateComments([b], "delete", people.admin);
    expect(deleted.map((c) => c.commentId).sort()).toEqual([b, reply].sort());
    expect(
      db
        .select()
        .from(comments)
        .where(sql`id in (${b}, ${reply})`)
        .all(),
    ).toEqual([]);
    expect(listCommentHistory(b).map((h) => h.action)).toEqual(["feature", "delete"]);
    expect(countQueues()).toEqual(countedByHand());
  });

  it("ban the author bans commenters for good, ends their sessions, and leaves staff and the moderator alone", () => {
    const mine = comment("meera", "approved");
    const theirs = comment("bharat", "pending");
    const version = db.select().from(users).where(eq(users.id, people.bharat)).get()!.sessionVersion;
    const result = banCommentAuthors([mine, theirs], people.meera, permanentBan);
    expect(result).toEqual({ userIds: [people.bharat], commentIds: [theirs] });
    expect(db.select().from(users).where(eq(users.id, people.bharat)).get()).toMatchObject({
      bannedUntil: permanentBan,
      sessionVersion: version + 1,
    });
    expect(db.select().from(users).where(eq(users.id, people.meera)).get()!.bannedUntil).toBeNull();
    liftBan(people.bharat, people.admin);
  });
});

describe("people", () => {
  it("a suspension with 'reject all their comments' rejects and logs each one and names the stories touched", () => {
    const live = db
      .select()
      .from(comments)
      .where(sql`user_id = ${people.chirag} and status in ('pending', 'approved') and deleted_at is null`)
      .all();
    const affected = banPerson(people.chirag, clock + 86_400_000, people.admin, true, clock);
    expect(new Set(affected.map((a) => a.articleId))).toEqual(new Set(live.map((c) => c.articleId)));
    expect(countQueues({ authorId: people.chirag })).toMatchObject({ pending: 0, approved: 0 });
    expect(listAuditEntries({ action: "reject", actorId: people.admin }).rows).toHaveLength(live.length);
    expect(listAuditEntries({ action: "suspend" }).rows[0]).toMatchObject({ targetName: "chirag", actorName: "admin" });
  });

  it("are listed and found by name or email, with their approved comments counted", () => {
    const approved = db
      .select()
      .from(comments)
      .where(sql`user_id = ${people.meera} and status = 'approved' and deleted_at is null`)
      .all().length;
    expect(listPeople({ query: "MEERA@example" }).rows).toEqual([
      expect.objectContaining({ id: people.meera, role: "editor", approved }),
    ]);
    expect(listPeople({ role: "admin" }).rows.map((p) => p.name)).toEqual(["admin"]);
    expect(listPeople({ query: "100%_" }).total).toBe(0);
  });

  it("a change of role ends the person's sessions and is logged", () => {
    const version = db.select().from(users).where(eq(users.id, people.asha)).get()!.sessionVersion;
    changeRole(people.asha, "editor", people.admin);
    expect(db.select().from(users).where(eq(users.id, people.asha)).get()).toMatchObject({
      role: "editor",
      sessionVersion: version + 1,
    });
    expect(listAuditEntries({ action: "role" }).rows[0].note).toBe("commenter → editor");
  });

  it("the audit log pages by id and knows who has acted", () => {
    const first = listAuditEntries({}, undefined, 2);
    const second = listAuditEntries({}, first.next!, 2);
    expect(second.rows[0].id).toBeLessThan(first.rows[1].id);
    expect(
      listAuditActors()
        .map((a) => a.name)
        .sort(),
    ).toEqual(["admin", "meera"]);
  });
});
