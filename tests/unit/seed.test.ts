import type Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { seedCategories } from "@/db/seed/categories";
import { hiddenSlugs, isEmpty, seedDemo } from "@/db/seed/demo";
import { slugify } from "@/lib/slug";
import { verifyPassword } from "@/auth/password";

const dir = path.join(os.tmpdir(), `seed-test-${randomUUID()}`);
let sqlite: Database.Database;
let emptyBeforeSeeding: boolean;

const all = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];
const published = "status = 'published' and published_at <= ? and deleted_at is null";

beforeAll(async () => {
  process.env.MEDIA_DIR = path.join(dir, "media");
  const file = path.join(dir, "portal.db");
  migrateDatabase(file);
  sqlite = openSqlite(file);
  emptyBeforeSeeding = isEmpty(sqlite);
  await seedDemo(sqlite);
}, 120_000);

afterAll(() => {
  sqlite?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the demo newsroom", () => {
  it("is only seeded into an empty database", () => {
    expect(emptyBeforeSeeding).toBe(true);
    expect(isEmpty(sqlite)).toBe(false);
  });

  it("publishes at least 60 stories across both editions", () => {
    const counts = all<{ edition: string; n: number }>(
      `select edition, count(*) as n from articles where ${published} group by edition`,
      Date.now(),
    );
    expect(counts.reduce((sum, row) => sum + row.n, 0)).toBeGreaterThanOrEqual(60);
    expect(counts.map((row) => row.edition).sort()).toEqual(["en", "gu"]);
  });

  it("fills every category in both editions", () => {
    const filled = all<{ slug: string; edition: string }>(
      `select distinct c.slug, a.edition from articles a join categories c on c.id = a.category_id where ${published}`,
      Date.now(),
    );
    for (const category of seedCategories)
      for (const edition of ["en", "gu"])
        expect(filled, `${category.slug} in ${edition}`).toContainEqual({ slug: category.slug, edition });
  });

  it("orders categories as listed", () => {
    expect(all<{ slug: string }>("select slug from categories order by position").map((c) => c.slug)).toEqual(
      seedCategories.map((c) => c.slug),
    );
  });

  it("links translations both ways, across editions", () => {
    const pairs = all<{ edition: string; otherEdition: string; back: number | null; id: number }>(
      "select a.id, a.edition, b.edition as otherEdition, b.translation_id as back from articles a join articles b on b.id = a.translation_id",
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(pair.back).toBe(pair.id);
      expect(pair.otherEdition).not.toBe(pair.edition);
    }
  });

  it("has a story still breaking in each edition", () => {
    const now = Date.now();
    const breaking = all<{ edition: string }>(
      `select distinct edition from articles where breaking = 1 and breaking_until > ? and ${published}`,
      now,
      now,
    );
    expect(breaking.map((row) => row.edition).sort()).toEqual(["en", "gu"]);
  });

  it("shows an updated time that differs from the published time on some stories", () => {
    const updated = all<{ n: number }>(
      `select count(*) as n from articles where updated_at > published_at + 3600000 and ${published}`,
      Date.now(),
    );
    expect(updated[0].n).toBeGreaterThan(0);
  });

  it("gives every story an 'Also read' link to a published story of the same edition", () => {
    const stories = all<{ edition: string; slug: string; body: string }>(
      `select edition, slug, body from articles where ${published}`,
      Date.now(),
    );
    const known = new Set(stories.map((s) => `${s.edition}:${s.slug}`));
    const alsoRead = /(?:Also read|આ પણ વાંચો)\s*:\s*\[[^\]]+\]\(\/(en|gu)\/article\/([a-z0-9-]+)\)/g;
    for (const story of stories) {
      const links = [...story.body.matchAll(alsoRead)];
      expect(links.length, `${story.edition}:${story.slug} has no Also read link`).toBeGreaterThan(0);
      for (const [, edition, slug] of links) {
        expect(edition, `${story.edition}:${story.slug} links to the other edition`).toBe(story.edition);
        expect(known.has(`${edition}:${slug}`), `${story.edition}:${story.slug} links to missing ${slug}`).toBe(true);
      }
    }
  });

  it("has approved comments in both editions, written after publication", () => {
    const rows = all<{ edition: string; status: string; early: number }>(
      "select a.edition, c.status, c.created_at < a.published_at as early from comments c join articles a on a.id = c.article_id",
    );
    expect(new Set(rows.map((r) => r.edition))).toEqual(new Set(["en", "gu"]));
    expect(rows.every((r) => r.status === "approved" && !r.early)).toBe(true);
  });

  it("keeps drafts unpublished and the scheduled story in the future", () => {
    const now = Date.now();
    for (const edition of ["en", "gu"] as const) {
      const { draft, secondDraft, scheduled } = hiddenSlugs[edition];
      const status = (slug: string) =>
        all<{ status: string; publishedAt: number | null }>(
          "select status, published_at as publishedAt from articles where edition = ? and slug = ?",
          edition,
          slug,
        )[0];
      for (const slug of [draft, secondDraft]) expect(status(slug)).toEqual({ status: "draft", publishedAt: null });
      expect(status(scheduled).status).toBe("scheduled");
      expect(status(scheduled).publishedAt).toBeGreaterThan(now + 24 * 3_600_000);
    }
  });

  it("gives each story an original, small WebP illustration", () => {
    const images = all<{ imagePath: string; width: number; height: number }>(
      "select image_path as imagePath, image_width as width, image_height as height from articles",
    );
    for (const image of images) {
      expect(image).toMatchObject({ width: 1200, height: 675 });
      const file = path.join(dir, "media", image.imagePath);
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(8, 12).toString("ascii")).toBe("WEBP");
      expect(bytes.length).toBeLessThan(40_000);
    }
  });

  it("gives tags Latin slugs, unique within an edition", () => {
    const tags = all<{ edition: string; slug: string }>("select edition, slug from tags");
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(tags.map((t) => `${t.edition}:${t.slug}`)).size).toBe(tags.length);
  });

  it("has a published story behind every tag", () => {
    const empty = all<{ slug: string }>(
      `select t.slug from tags t where not exists (select 1 from article_tags x join articles on articles.id = x.article_id where x.tag_id = t.id and ${published})`,
      Date.now(),
    );
    expect(empty).toEqual([]);
  });

  it("stores demo passwords as argon2id hashes that verify", async () => {
    const [admin] = all<{ passwordHash: string }>(
      "select password_hash as passwordHash from users where slug = 'admin'",
    );
    expect(admin.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(admin.passwordHash, "admin-demo-password")).toBe(true);
    expect(all<{ n: number }>("select count(*) as n from users where slug is null")[0].n).toBe(0);
  });
});

describe("slugify", () => {
  it("makes lowercase Latin slugs", () => {
    expect(slugify("  Ahmedabad Metro: Phase 2!  ")).toBe("ahmedabad-metro-phase-2");
    expect(slugify("Café & Bar")).toBe("cafe-and-bar");
  });

  it("transliterates Gujarati into readable Latin", () => {
    expect(slugify("અમદાવાદ")).toBe("amadavad");
    expect(slugify("ક્રિકેટ")).toBe("kriket");
    expect(slugify("ગુજરાત વિધાનસભા")).toBe("gujarat-vidhanasabha");
    expect(slugify("ભૂકંપ")).toBe("bhukamp");
  });

  it("falls back to a short hash when nothing readable remains", () => {
    expect(slugify("!!!")).toMatch(/^t-[0-9a-f]{8}$/);
  });
});
