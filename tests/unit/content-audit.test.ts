import { expect, it } from "vitest";
import { settingsChange } from "@/app/admin/audit/audit-lines";
import { dayRange } from "@/app/admin/audit/schema";
import { auditActionFor } from "@/app/admin/articles/article-write";
import { getArticleById } from "@/db/queries/article-editor-reads";
import { listAuditEntries, logContentChange } from "@/db/queries/audit";
import { getUserByEmail } from "@/db/queries/users";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

let adminId: number;

async function newsroom() {
  await seedDemoHere();
  adminId = (await getUserByEmail("admin@khabarsetu.test"))!.id;
}

describeOnEngines("the audit of newsroom changes", newsroom, () => {
  it("names a save by what it did to the story", async () => {
    const now = Date.now();
    const live = {
      ...(await getArticleById(1))!,
      status: "published" as const,
      publishedAt: now - 1000,
      deletedAt: null,
    };
    const draft = { ...live, status: "draft" as const };
    expect(auditActionFor(null, live, now)).toBe("story-create");
    expect(auditActionFor(draft, live, now)).toBe("story-publish");
    expect(auditActionFor(draft, { ...live, status: "scheduled", publishedAt: now + 60_000 }, now)).toBe(
      "story-schedule",
    );
    expect(auditActionFor(live, { ...live, title: "New words" }, now)).toBe("story-edit");
  });

  it("shows only the settings that changed, before and after", () => {
    expect(
      settingsChange({ bannedWords: ["a"], floodSeconds: 15 }, { bannedWords: ["a", "b"], floodSeconds: 15 }),
    ).toBe("bannedWords: a → a, b");
    expect(settingsChange({ maxLinks: 2 }, { maxLinks: 2 })).toBe("");
  });

  it("filters by person, kind and India-time day", async () => {
    const at = Date.UTC(2026, 10, 30, 6, 0);
    await logContentChange({ actorId: adminId, action: "story-edit", articleId: 1, note: "A story", at });
    await logContentChange({
      actorId: adminId,
      action: "settings",
      before: { maxLinks: 2 },
      after: { maxLinks: 3 },
      at,
    });
    await logContentChange({ actorId: adminId, action: "section-create", note: "weather", at: at - 2 * 86_400_000 });
    const stories = (await listAuditEntries({ actorId: adminId, kind: "stories" })).rows;
    expect(stories.map((r) => r.action)).toEqual(["story-edit"]);
    expect(stories[0]).toMatchObject({ articleId: 1, articleTitle: expect.any(String) });
    expect((await listAuditEntries({ kind: "settings" })).rows[0]).toMatchObject({
      before: { maxLinks: 2 },
      after: { maxLinks: 3 },
    });
    const day = (await listAuditEntries({ actorId: adminId, ...dayRange("2026-11-30", "2026-11-30") })).rows.map(
      (r) => r.action,
    );
    expect(day.sort()).toEqual(["settings", "story-edit"]);
    expect(dayRange("2026-11-30", undefined)).toEqual({ from: Date.UTC(2026, 10, 29, 18, 30), to: undefined });
  });
});
