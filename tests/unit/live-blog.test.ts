import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { liveCoverageSchema, liveUpdateEditSchema, liveUpdateSchema } from "@/app/admin/articles/[id]/live/schema";
import { db } from "@/db";
import * as live from "@/db/queries/live-updates";
import { getScheduleMarks } from "@/db/queries/schedule";
import { getUserByEmail } from "@/db/queries/users";
import { articles } from "@/db/tables";
import { liveSlugs } from "@/db/seed/live";
import { coverageEnd, liveStamp, liveState } from "@/lib/live-blog";
import { renderMarkdown } from "@/lib/markdown";
import { routeKind } from "@/server/public-routes";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

const idOf = async (edition: "en" | "gu", slug: string) =>
  (
    await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.edition, edition), eq(articles.slug, slug)))
  )[0].id;
let editorId: number;
let storyId: number;
const storySlug = "gujarat-girls-win-national-kho-kho-title";

const add = async (body: string, headline: string | null = null, articleId = storyId) =>
  live.createLiveUpdate({ articleId, headline, body, bodyHtml: renderMarkdown(body), createdBy: editorId });

describeOnEngines("a live blog", seedDemoHere, () => {
  beforeAll(async () => {
    editorId = (await getUserByEmail("meera@khabarsetu.test"))!.id;
    storyId = await idOf("en", storySlug);
  });

  it("is seeded in both editions, live, with a pinned update and the rest newest first", async () => {
    for (const edition of ["en", "gu"] as const) {
      const blog = (await live.getPublishedLiveBlog(edition, liveSlugs[edition]))!;
      expect(liveState(blog)).toBe("live");
      expect(blog.pinned?.headline).toBeTruthy();
      expect(blog.updates.length).toBeGreaterThanOrEqual(5);
      expect(blog.updates.map((u) => u.id)).toEqual([...blog.updates.map((u) => u.id)].sort((a, b) => b - a));
    }
    expect(await live.listLiveArticleIds("en")).toContain(await idOf("en", liveSlugs.en));
  });

  it("takes updates only once coverage has started, and shows them to readers newest first with their HTML", async () => {
    expect(await add("Too early")).toBeNull();
    expect(await live.getPublishedLiveBlog("en", storySlug)).toBeNull();
    await live.startLiveBlog({ articleId: storyId, liveUntil: null });
    const first = await add("The team lands at **Ahmedabad** airport.", "Arrival");
    const second = await add("A parade is planned for the evening.");
    const blog = (await live.getPublishedLiveBlog("en", storySlug))!;
    expect(blog.updates.map((u) => u.id)).toEqual([second, first]);
    expect(blog.updates[1]).toMatchObject({
      headline: "Arrival",
      html: "<p>The team lands at <strong>Ahmedabad</strong> airport.</p>\n",
      editedAt: null,
    });
    expect(await live.getPublishedLiveBlog("gu", storySlug)).toBeNull();
  });

  it("edits, pins and deletes an update only through its own story", async () => {
    await live.startLiveBlog({ articleId: storyId, liveUntil: null });
    const id = (await add("Frist draft"))!;
    const other = await idOf("en", liveSlugs.en);
    expect(
      await live.updateLiveUpdate({ id, articleId: other, headline: null, body: "Hijack", bodyHtml: "<p>Hijack</p>" }),
    ).toBe(false);
    expect(await live.setPinnedUpdate(other, id)).toBe(false);
    expect(await live.deleteLiveUpdate(other, id)).toBe(false);
    expect(await live.getLiveUpdate(other, id)).toBeNull();

    expect(
      await live.updateLiveUpdate({
        id,
        articleId: storyId,
        headline: "Fixed",
        body: "First draft",
        bodyHtml: renderMarkdown("First draft"),
      }),
    ).toBe(true);
    expect(await live.getLiveUpdate(storyId, id)).toMatchObject({
      headline: "Fixed",
      body: "First draft",
      bodyHtml: "<p>First draft</p>\n",
    });
    expect((await live.getLiveUpdate(storyId, id))!.editedAt).toBeGreaterThan(0);

    expect(await live.setPinnedUpdate(storyId, id)).toBe(true);
    expect((await live.getPublishedLiveBlog("en", storySlug))!.pinned?.id).toBe(id);
    expect(await live.deleteLiveUpdate(storyId, id)).toBe(true);
    expect((await live.getLiveBlog(storyId))!.pinnedUpdateId).toBeNull();
    expect((await live.getPublishedLiveBlog("en", storySlug))!.updates.some((u) => u.id === id)).toBe(false);
  });

  it("ends by hand or at its 'live until' time, which caps how long cached pages live", async () => {
    const now = Date.now();
    const until = now + 3_600_000;
    await live.startLiveBlog({ articleId: storyId, liveUntil: until, now });
    const blog = (await live.getLiveBlog(storyId))!;
    expect(liveState(blog, now)).toBe("live");
    expect(liveState(blog, until)).toBe("ended");
    expect(coverageEnd(blog)).toBe(until);
    expect((await getScheduleMarks(now)).next).toBeLessThanOrEqual(until);
    expect(await live.listLiveArticleIds("en", until + 1)).not.toContain(storyId);

    await live.endLiveBlog(storyId, now + 10);
    const ended = (await live.getLiveBlog(storyId))!;
    expect(liveState(ended, now + 10)).toBe("ended");
    expect(coverageEnd(ended)).toBe(now + 10);
    expect(ended.startedAt).toBe(blog.startedAt);
    expect(await live.listLiveArticleIds("en")).not.toContain(storyId);

    await live.startLiveBlog({ articleId: storyId, liveUntil: null, now: now + 20 });
    expect(liveState((await live.getLiveBlog(storyId))!, now + 30)).toBe("live");
    expect((await live.getLiveBlog(storyId))!.startedAt).toBe(blog.startedAt);
  });

  it("is hidden from readers while its story is a draft", async () => {
    const draft = await idOf("en", "draft-port-expansion-plan");
    await live.startLiveBlog({ articleId: draft, liveUntil: null });
    expect(await add("Prepared in advance", null, draft)).toBeGreaterThan(0);
    expect(await live.getPublishedLiveBlog("en", "draft-port-expansion-plan")).toBeNull();
    expect(await live.listDeskLiveUpdates(draft)).toHaveLength(1);
  });
});

describe("an update's time", () => {
  it("reads as India time, with the date only when it is another day than the newest update", () => {
    const at = Date.UTC(2026, 10, 30, 12, 3); // 17:33 IST
    expect(liveStamp(at, "en", at)).toEqual({ time: "17:33", date: null });
    expect(liveStamp(at - 86_400_000, "gu", at)).toEqual({ time: "17:33", date: "29 નવેમ્બર 2026" });
  });
});

describe("the live desk's forms", () => {
  it("need a body, not too long, and real ids", () => {
    expect(liveUpdateSchema.safeParse({ articleId: "5", body: "  \r\n " }).error?.issues[0].message).toBe("required");
    expect(liveUpdateSchema.safeParse({ articleId: "5", body: "x".repeat(10_001) }).error?.issues[0].message).toBe(
      "tooLong",
    );
    expect(
      liveUpdateSchema.safeParse({ articleId: "5", headline: "h".repeat(201), body: "ok" }).error?.issues[0].message,
    ).toBe("tooLong");
    expect(liveUpdateSchema.safeParse({ articleId: "5; drop table live_updates", body: "Hi" }).success).toBe(false);
    expect(liveUpdateSchema.safeParse({ articleId: "5", body: null }).success).toBe(false);
    expect(liveUpdateEditSchema.safeParse({ articleId: "5", updateId: "-1", body: "Hi" }).success).toBe(false);
    expect(liveUpdateSchema.parse({ articleId: "5", headline: "  ", body: " Line one\r\nLine two " })).toEqual({
      articleId: 5,
      headline: null,
      body: "Line one\nLine two",
    });
  });

  it("read 'live until' as India time and refuse other intents or junk times", () => {
    expect(liveCoverageSchema.parse({ articleId: "3", intent: "start", liveUntil: "2026-12-01T18:30" }).liveUntil).toBe(
      Date.UTC(2026, 11, 1, 13, 0),
    );
    expect(liveCoverageSchema.parse({ articleId: "3", intent: "end", liveUntil: "" }).liveUntil).toBeNull();
    expect(
      liveCoverageSchema.safeParse({ articleId: "3", intent: "start", liveUntil: "tomorrow" }).error?.issues[0].message,
    ).toBe("timeInvalid");
    expect(liveCoverageSchema.safeParse({ articleId: "3", intent: "delete" }).success).toBe(false);
  });
});

describe("a live page's JSON", () => {
  it("is one of the addresses the front cache shares between readers", () => {
    expect(routeKind("/en/article/some-story/live.json")).toBe("versioned");
    expect(routeKind("/gu/article/some-story/live.json")).toBe("versioned");
    expect(routeKind("/en/article/some-story/live.json/more")).toBe("other");
    expect(routeKind("/en/article/live.json/x")).toBe("other");
  });
});
