import { expect, it } from "vitest";
import { db } from "@/db";
import {
  countCommentsPerDay,
  countDrafts,
  countPublishedBetween,
  countScheduled,
  listLatestPendingComments,
} from "@/db/queries/dashboard";
import { getScheduleMarks } from "@/db/queries/schedule";
import { articles, comments } from "@/db/tables";
import { describeOnEngines } from "../helpers/engines";
import { postgresPlans } from "../helpers/postgres-plans";
import { clock, fillDesk, people } from "./moderation-desk-fixture";

const hour = 3_600_000;
const day = 24 * hour;
const indiaOffset = 330 * 60_000;
let now = 0;

// The desk (two stories published at its clock, 13 comments a second apart), a draft, a story
// scheduled for an hour on, a breaking story whose flag runs out in two, and comments on two more days.
async function newsroom() {
  await fillDesk();
  now = clock + day;
  const section = (await db.select({ id: articles.categoryId }).from(articles).limit(1))[0].id;
  const story = (slug: string, extra: Partial<typeof articles.$inferInsert>) =>
    db
      .insert(articles)
      .values({ edition: "en", slug, title: slug, categoryId: section, authorId: people.meera, ...extra });
  await story("a-draft", { status: "draft" });
  await story("coming-up", { status: "scheduled", publishedAt: now + hour });
  await story("storm-warning", {
    status: "published",
    publishedAt: now - hour,
    breaking: true,
    breakingUntil: now + 2 * hour,
  });
  const [first] = await db.select({ id: articles.id }).from(articles).limit(1);
  for (const at of [clock - day, clock + 2 * day])
    await db
      .insert(comments)
      .values({ articleId: first.id, userId: people.asha, body: "Another day", status: "approved", createdAt: at });
}

describeOnEngines("the dashboard", newsroom, (engine) => {
  it("counts stories published in a window, drafts and stories still to come", async () => {
    expect(await countPublishedBetween(now - 2 * hour, now)).toBe(1);
    expect(await countPublishedBetween(clock - hour, now)).toBe(3);
    expect(await countDrafts()).toBe(1);
    expect(await countScheduled(now)).toBe(1);
    expect(await countScheduled(now + hour)).toBe(0);
  });

  it("lists the newest comments waiting for a moderator, with their author and story", async () => {
    const latest = await listLatestPendingComments(3);
    expect(latest).toHaveLength(3);
    const times = latest.map((c) => c.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(latest[0]).toMatchObject({
      authorName: expect.any(String),
      article: { slug: "first-story", edition: "en" },
    });
  });

  it("counts comments per India-time day, every comment once", async () => {
    const days = await countCommentsPerDay(0);
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe((await db.select().from(comments)).length);
    expect(days).toHaveLength(3);
    for (const { day: start } of days) expect((start + indiaOffset) % day).toBe(0);
    expect(await countCommentsPerDay(clock + day)).toEqual([{ day: expect.any(Number), count: 1 }]);
  });

  it("knows the next and the last moment a page changes on its own", async () => {
    expect(await getScheduleMarks(now)).toEqual({ next: now + hour, last: now - hour });
    expect((await getScheduleMarks(now + hour)).next).toBe(now + 2 * hour);
  });

  // Every cache-miss render asks for them: max() over `status in (…)` once cost PostgreSQL a read of
  // every listed story's index entry (about 200 ms on the bench's newsroom).
  if (engine === "postgres")
    it("finds each moment on PostgreSQL with one step along an index, not an aggregate over every story", async () => {
      const plans = (await postgresPlans(() => getScheduleMarks(now))).filter(({ text }) =>
        text.includes('from "articles"'),
      );
      expect(plans).toHaveLength(6);
      for (const { plan } of plans) {
        expect(plan).toMatch(/^Limit/);
        expect(plan).toMatch(/Index (Only )?Scan/);
        expect(plan).not.toContain("Aggregate");
      }
    });
});
