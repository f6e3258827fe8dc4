import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { openSqlite } from "@/db/connection";
import { listAuditActors, listAuditEntries, listCommentHistory } from "@/db/queries/audit";
import { getCommentContext } from "@/db/queries/comment-context";
import { moderateComments } from "@/db/queries/moderation-actions";
import { countQueues, listQueue, type Queue, queueQuery, queues } from "@/db/queries/moderation-queues";
import { banCommentAuthors, banPerson, changeRole, liftBan, listPeople, permanentBan } from "@/db/queries/people";
import { createSection, deleteSection, listSections, moveSection } from "@/db/queries/sections";
import { saveSettings } from "@/db/queries/settings";
import { articles, categories, commentReports, comments, commentStatusCounts, users } from "@/db/schema";
import { getModerationSettings } from "@/app/(site)/reads/moderation-settings";
import { settingsPrefix } from "@/lib/moderation-settings";
import { freshDatabase } from "../helpers/unit-database";

let file = "";
const people: Record<string, number> = {};
const stories: number[] = [];
let clock = Date.UTC(2026, 10, 1);

function person(name: string, role: "commenter" | "editor" | "admin" = "commenter") {
  people[name] = db
    .insert(users)
    .values({ email: `${name}@example.test`, name, role })
    .returning({ id: users.id })
    .get().id;
}

function comment(
  author: string,
  status: "pending" | "approved" | "spam" | "rejected",
  extra: { article?: number; parentId?: number } = {},
) {
  clock += 1000;
  return db
    .insert(comments)
    .values({
      articleId: extra.article ?? stories[0],
      userId: people[author],
      parentId: extra.parentId ?? null,
      body: `${status} by ${author} at ${clock}`,
      status,
      heldReason: status === "pending" ? "new-author" : null,
      createdAt: clock,
    })
    .returning({ id: comments.id })
    .get().id;
}

/** What each queue holds, counted the slow way, to check the counter table and the queries against. */
function countedByHand(filter: { articleId?: number; authorId?: number } = {}) {
  const rows = db
    .select()
    .from(comments)
    .all()
    .filter(
      (c) =>
        c.deletedAt === null &&
        (!filter.articleId || c.articleId === filter.articleId) &&
        (!filter.authorId || c.userId === filter.authorId),
    );
  const reported = new Set(
    db
      .select()
      .from(commentReports)
      .all()
      .filter((r) => r.resolvedAt === null)
      .map((r) => r.commentId),
  );
  const of = (status: string) => rows.filter((c) => c.status === status).length;
  return {
    pending: of("pending"),
    reported: rows.filter((c) => reported.has(c.id)).length,
    approved: of("approved"),
    spam: of("spam"),
    rejected: of("rejected"),
  };
}

beforeAll(async () => {
  file = await freshDatabase({ seed: false });
  person("admin", "admin");
  person("meera", "editor");
  for (const name of ["asha", "bharat", "chirag"]) person(name);
  const section = db
    .insert(categories)
    .values({ slug: "city", nameEn: "City", nameGu: "શહેર", position: 0 })
    .returning({ id: categories.id })
    .get().id;
  for (const slug of ["first-story", "second-story"]) {
    stories.push(
      db
        .insert(articles)
        .values({
          edition: "en",
          slug,
          title: slug,
          categoryId: section,
          authorId: people.meera,
          status: "published",
          publishedAt: clock,
        })
        .returning({ id: articles.id })
        .get().id,
    );
  }
  for (let i = 0; i < 7; i++) comment(i % 2 ? "asha" : "bharat", "pending");
  for (let i = 0; i < 5; i++) comment("chirag", "approved", { article: stories[1] });
  comment("asha", "spam");
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

describe("sections", () => {
  it("are created at the end, refuse a taken slug, move, and are deleted only when empty", () => {
    const sport = createSection({ slug: "sport", nameEn: "Sport", nameGu: "રમતગમત" })!;
    expect(createSection({ slug: "sport", nameEn: "Other", nameGu: "બીજું" })).toBeNull();
    expect(listSections().map((s) => [s.slug, s.articles])).toEqual([
      ["city", 2],
      ["sport", 0],
    ]);
    expect(moveSection(sport, "up")).toBe(true);
    expect(moveSection(sport, "up")).toBe(false);
    expect(listSections().map((s) => [s.slug, s.position])).toEqual([
      ["sport", 0],
      ["city", 1],
    ]);
    expect(deleteSection(listSections()[1].id)).toBe("not-empty");
    expect(deleteSection(sport)).toBe("deleted");
  });
});

describe("moderation settings", () => {
  it("are the env defaults until an admin saves them; a malformed stored value falls back to the default", () => {
    expect(getModerationSettings()).toMatchObject({
      bannedWords: [],
      suspectWords: [],
      maxLinks: 2,
      trustThreshold: 3,
      floodSeconds: 15,
      autoCloseDays: 0,
    });
    saveSettings(
      {
        [`${settingsPrefix}bannedWords`]: ["મૂર્ખ"],
        [`${settingsPrefix}maxLinks`]: 5,
        [`${settingsPrefix}floodSeconds`]: "soon",
      },
      people.admin,
    );
    expect(getModerationSettings()).toMatchObject({ bannedWords: ["મૂર્ખ"], maxLinks: 5, floodSeconds: 15 });
  });
});

describe("the desk's queries use indexes", () => {
  const plan = (query: { toSQL: () => { sql: string; params: unknown[] } }) => {
    const { sql: text, params } = query.toSQL();
    const sqlite = openSqlite(file);
    try {
      return (sqlite.prepare(`explain query plan ${text}`).all(...params) as { detail: string }[])
        .map((row) => row.detail)
        .join("\n");
    } finally {
      sqlite.close();
    }
  };
  const filters = [{}, { articleId: 1 }, { authorId: 1 }];
  for (const queue of queues as readonly Queue[]) {
    it(`${queue}: first and later pages, unfiltered and filtered`, () => {
      for (const filter of filters) {
        for (const after of [undefined, { at: clock, id: 5 }]) {
          const detail = plan(queueQuery(queue, filter, after));
          expect(detail).not.toMatch(/^SCAN comments\b(?! USING)/m);
          expect(detail).toMatch(/comments USING (COVERING )?INDEX|comments USING INTEGER PRIMARY KEY/);
          // Unfiltered status queues come straight off the (status, created_at) index, in order.
          if (queue !== "reported" && !("articleId" in filter) && !("authorId" in filter)) {
            expect(detail).toMatch(/comments_status_created_idx/);
            expect(detail).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
          }
        }
      }
    });
  }
});
