import type Database from "better-sqlite3";
import { hash } from "@node-rs/argon2";
import { passwordHashing } from "@/lib/password-hashing";
import { slugify } from "@/lib/slug";
import type { Edition } from "../schema";
import { seedCategories } from "./categories";
import { validate } from "./demo-validate";
import { articleImage } from "./images";
import { registerSeedImages } from "./media";
import { seedLiveBlogs } from "./live";
import { seedPeople } from "./people";
import { readStories } from "./stories";
import type { SeedArticle, SeedComment } from "./types";
import { insertNumbered, type SeedRow, type SeedTarget, type SeedWriter, seedWriter } from "./writer";

export { hiddenSlugs } from "./demo-validate";
export type { SeedTarget } from "./writer";
export type DemoContent = { articles: SeedArticle[]; comments: SeedComment[] };
export type DemoSummary = {
  articles: number;
  hidden: number;
  comments: number;
  tags: number;
  people: number;
  categories: number;
};

const hour = 3_600_000;
const minute = 60_000;

export const demoContent = (): DemoContent => readStories();

export function sqliteOf(target: Database.Database | { $client: Database.Database }): Database.Database {
  return "$client" in target ? target.$client : target;
}

/** Whether a SQLite database has no newsroom yet (no categories). */
export function isEmpty(target: Database.Database | { $client: Database.Database }): boolean {
  const row = sqliteOf(target).prepare("select count(*) as n from categories").get() as { n: number };
  return row.n === 0;
}

/** The same question on either engine. */
export async function hasNoNewsroom(target: SeedTarget): Promise<boolean> {
  const [row] = await seedWriter(target).all<{ n: number }>(`select count(*) as "n" from "categories"`);
  return Number(row.n) === 0;
}

const articleColumns = [
  "edition",
  "slug",
  "title",
  "dek",
  "body",
  "image_path",
  "image_alt",
  "image_caption",
  "image_width",
  "image_height",
  "category_id",
  "author_id",
  "status",
  "published_at",
  "created_at",
  "updated_at",
  "breaking",
  "breaking_until",
  "featured",
  "comments_open",
] as const;

/**
 * Seeds the demo newsroom: categories, people, tags, published, draft and scheduled articles, comments,
 * live blogs and the media library, in one transaction, on SQLite or PostgreSQL. Both engines number
 * the rows alike: every table is filled in the same order.
 */
export async function seedDemo(target: SeedTarget, content = demoContent(), now = Date.now()): Promise<DemoSummary> {
  const all = content.articles;
  validate(all, content.comments);
  const [images, hashes] = await Promise.all([
    mapLimit(all, 4, (article) => articleImage(article)),
    Promise.all(seedPeople.map((person) => hash(person.password, passwordHashing))),
  ]);
  const writer = seedWriter(target);

  return writer.transaction(async () => {
    const categoryIds = await idsBy(
      writer,
      "categories",
      ["slug", "name_en", "name_gu", "position"],
      seedCategories.map((c, position) => [c.slug, c.nameEn, c.nameGu, position]),
      seedCategories.map((c) => c.slug),
    );
    const userIds = await idsBy(
      writer,
      "users",
      ["email", "name", "name_gu", "slug", "bio", "bio_gu", "password_hash", "role"],
      seedPeople.map((p, i) => [p.email, p.name, p.nameGu, p.slug, p.bio ?? null, p.bioGu ?? null, hashes[i], p.role]),
      seedPeople.map((p) => p.slug),
    );
    const tagIds = await seedTags(writer, all);

    const times = all.map((article) => publicationTime(article, now));
    const ids = await insertNumbered(
      writer,
      "articles",
      articleColumns,
      all.map((article, i): SeedRow => {
        const publishedAt = times[i];
        return [
          article.edition,
          article.slug,
          article.title,
          article.dek,
          article.body,
          images[i].path,
          article.image.alt,
          article.image.caption,
          images[i].width,
          images[i].height,
          categoryIds.get(article.category)!,
          userIds.get(article.author)!,
          article.status ?? "published",
          publishedAt,
          (publishedAt ?? now) - 45 * minute,
          publishedAt === null ? now - 20 * minute : updateTime(article, publishedAt, now),
          article.breaking ? 1 : 0,
          article.breaking ? now + 12 * hour : null,
          article.featured ? 1 : 0,
          (article.commentsOpen ?? true) ? 1 : 0,
        ];
      }),
    );
    const articleIds = new Map(
      all.map((article, i) => [`${article.edition}:${article.slug}`, { id: ids[i], publishedAt: times[i] ?? now }]),
    );
    const articleTags = all.flatMap((article, i) =>
      [...new Set(article.tags.map((name) => tagIds.get(tagKey(article.edition, name))!))].map((tag) => [ids[i], tag]),
    );
    await writer.insert("article_tags", ["article_id", "tag_id"], articleTags);

    for (const article of all) {
      if (!article.translationOf) continue;
      const gu = articleIds.get(`${article.edition}:${article.slug}`)!.id;
      const en = articleIds.get(`en:${article.translationOf}`)!.id;
      await writer.run(`update "articles" set "translation_id" = ? where "id" = ?`, [en, gu]);
      await writer.run(`update "articles" set "translation_id" = ? where "id" = ?`, [gu, en]);
    }

    await writer.insert(
      "comments",
      ["article_id", "user_id", "body", "status", "created_at"],
      content.comments.map((comment) => {
        const article = articleIds.get(`${comment.edition}:${comment.article}`)!;
        const createdAt = Math.min(article.publishedAt + comment.hoursAfter * hour, now - minute);
        return [article.id, userIds.get(comment.author)!, comment.body, "approved", createdAt];
      }),
    );
    await registerSeedImages(writer);
    await seedLiveBlogs(writer, articleIds, userIds.get("arjun-desai")!, now);

    return {
      articles: all.filter((a) => (a.status ?? "published") === "published").length,
      hidden: all.filter((a) => (a.status ?? "published") !== "published").length,
      comments: content.comments.length,
      tags: tagIds.size,
      people: seedPeople.length,
      categories: seedCategories.length,
    };
  });
}

/** Inserts rows with explicit ids; returns them by `keys` (one key per row). */
async function idsBy(writer: SeedWriter, table: string, columns: string[], rows: SeedRow[], keys: string[]) {
  const ids = await insertNumbered(writer, table, columns, rows);
  return new Map(keys.map((key, i) => [key, ids[i]]));
}

const tagKey = (edition: Edition, name: string) => `${edition}:${name.trim().toLowerCase()}`;

/** Every tag the stories name, in the order they first appear; a slug taken in the edition gets -2, -3… */
async function seedTags(writer: SeedWriter, all: SeedArticle[]): Promise<Map<string, number>> {
  const keys: string[] = [];
  const rows: SeedRow[] = [];
  const seen = new Set<string>();
  const slugs = new Set<string>();
  for (const article of all) {
    for (const name of article.tags) {
      const key = tagKey(article.edition, name);
      if (seen.has(key)) continue;
      seen.add(key);
      let slug = slugify(name);
      for (let n = 2; slugs.has(`${article.edition}:${slug}`); n++) slug = `${slugify(name)}-${n}`;
      slugs.add(`${article.edition}:${slug}`);
      keys.push(key);
      rows.push([article.edition, slug, name.trim()]);
    }
  }
  return idsBy(writer, "tags", ["edition", "slug", "name"], rows, keys);
}

function publicationTime(article: SeedArticle, now: number): number | null {
  if (article.status === "draft") return null;
  if (article.status === "scheduled") return now + (article.publishInHours ?? 48) * hour;
  return Math.round(now - article.hoursAgo * hour);
}

function updateTime(article: SeedArticle, publishedAt: number, now: number): number {
  if (!article.updatedMinutesLater) return publishedAt;
  return Math.min(publishedAt + article.updatedMinutesLater * minute, now - minute);
}

async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
