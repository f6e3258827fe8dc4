import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { hash } from "@node-rs/argon2";
import { passwordHashing } from "@/lib/password-hashing";
import { slugify } from "@/lib/slug";
import * as schema from "../schema";
import { articles, articleTags, categories, comments, type Edition, tags, users } from "../schema";
import { seedCategories } from "./categories";
import { articleImage, type StoredImage } from "./images";
import { registerArticleImages } from "./media";
import { seedLiveBlogs } from "./live";
import { seedPeople } from "./people";
import { readStories } from "./stories";
import type { SeedArticle, SeedComment } from "./types";

/** A raw better-sqlite3 connection or a drizzle database wrapping one. */
export type SeedTarget = Database.Database | { $client: Database.Database };
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

/** Stories readers must never see yet: two drafts and one scheduled for two days ahead, per edition. */
export const hiddenSlugs = {
  en: {
    draft: "draft-port-expansion-plan",
    secondDraft: "draft-monsoon-readiness-review",
    scheduled: "scheduled-budget-session-preview",
  },
  gu: {
    draft: "draft-bandar-vistar-yojana",
    secondDraft: "draft-chomasu-taiyari-samiksha",
    scheduled: "scheduled-bajet-satra-purvavalokan",
  },
} as const;

export const demoContent = (): DemoContent => readStories();

export function sqliteOf(target: SeedTarget): Database.Database {
  return "$client" in target ? target.$client : target;
}

export function isEmpty(target: SeedTarget): boolean {
  const row = sqliteOf(target).prepare("select count(*) as n from categories").get() as { n: number };
  return row.n === 0;
}

/** Seeds the demo newsroom: categories, people, tags, published, draft and scheduled articles, comments. */
export async function seedDemo(target: SeedTarget, content = demoContent(), now = Date.now()): Promise<DemoSummary> {
  const all = content.articles;
  validate(all, content.comments);
  const [images, hashes] = await Promise.all([
    mapLimit(all, 4, (article) => articleImage(article)),
    Promise.all(seedPeople.map((person) => hash(person.password, passwordHashing))),
  ]);
  const db = drizzle(sqliteOf(target), { schema });

  return db.transaction((tx) => {
    const categoryIds = new Map<string, number>();
    seedCategories.forEach((category, position) => {
      const row = tx
        .insert(categories)
        .values({ ...category, position })
        .returning({ id: categories.id })
        .get();
      categoryIds.set(category.slug, row.id);
    });

    const userIds = new Map<string, number>();
    seedPeople.forEach(({ password, ...person }, i) => {
      const row = tx
        .insert(users)
        .values({ ...person, passwordHash: hashes[i] })
        .returning({ id: users.id })
        .get();
      userIds.set(person.slug, row.id);
    });

    const tagIds = new Map<string, number>();
    const tagSlugs = new Set<string>();
    const tagId = (edition: Edition, name: string) => {
      const key = `${edition}:${name.trim().toLowerCase()}`;
      const known = tagIds.get(key);
      if (known) return known;
      let slug = slugify(name);
      for (let n = 2; tagSlugs.has(`${edition}:${slug}`); n++) slug = `${slugify(name)}-${n}`;
      tagSlugs.add(`${edition}:${slug}`);
      const row = tx.insert(tags).values({ edition, slug, name: name.trim() }).returning({ id: tags.id }).get();
      tagIds.set(key, row.id);
      return row.id;
    };

    const articleIds = new Map<string, { id: number; publishedAt: number }>();
    all.forEach((article, i) => {
      const image: StoredImage = images[i];
      const status = article.status ?? "published";
      const publishedAt = publicationTime(article, now);
      const row = tx
        .insert(articles)
        .values({
          edition: article.edition,
          slug: article.slug,
          title: article.title,
          dek: article.dek,
          body: article.body,
          imagePath: image.path,
          imageAlt: article.image.alt,
          imageCaption: article.image.caption,
          imageWidth: image.width,
          imageHeight: image.height,
          categoryId: categoryIds.get(article.category)!,
          authorId: userIds.get(article.author)!,
          status,
          publishedAt,
          createdAt: (publishedAt ?? now) - 45 * minute,
          updatedAt: publishedAt === null ? now - 20 * minute : updateTime(article, publishedAt, now),
          breaking: Boolean(article.breaking),
          breakingUntil: article.breaking ? now + 12 * hour : null,
          featured: Boolean(article.featured),
          commentsOpen: article.commentsOpen ?? true,
        })
        .returning({ id: articles.id })
        .get();
      articleIds.set(`${article.edition}:${article.slug}`, { id: row.id, publishedAt: publishedAt ?? now });
      const ids = new Set(article.tags.map((name) => tagId(article.edition, name)));
      for (const id of ids) tx.insert(articleTags).values({ articleId: row.id, tagId: id }).run();
    });

    for (const article of all) {
      if (!article.translationOf) continue;
      const gu = articleIds.get(`${article.edition}:${article.slug}`)!.id;
      const en = articleIds.get(`en:${article.translationOf}`)!.id;
      tx.update(articles).set({ translationId: en }).where(eq(articles.id, gu)).run();
      tx.update(articles).set({ translationId: gu }).where(eq(articles.id, en)).run();
    }

    for (const comment of content.comments) {
      const article = articleIds.get(`${comment.edition}:${comment.article}`)!;
      const createdAt = Math.min(article.publishedAt + comment.hoursAfter * hour, now - minute);
      tx.insert(comments)
        .values({
          articleId: article.id,
          userId: userIds.get(comment.author)!,
          body: comment.body,
          status: "approved",
          createdAt,
        })
        .run();
    }
    registerArticleImages(sqliteOf(target));

    seedLiveBlogs(target, articleIds, userIds.get("arjun-desai")!, now);

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

function publicationTime(article: SeedArticle, now: number): number | null {
  if (article.status === "draft") return null;
  if (article.status === "scheduled") return now + (article.publishInHours ?? 48) * hour;
  return Math.round(now - article.hoursAgo * hour);
}

function updateTime(article: SeedArticle, publishedAt: number, now: number): number {
  if (!article.updatedMinutesLater) return publishedAt;
  return Math.min(publishedAt + article.updatedMinutesLater * minute, now - minute);
}

function validate(all: SeedArticle[], seedComments: SeedComment[]): void {
  const problems: string[] = [];
  const keys = new Set<string>();
  const categorySlugs = new Set<string>(seedCategories.map((c) => c.slug));
  const people = new Set(seedPeople.map((p) => p.slug));
  for (const a of all) {
    const key = `${a.edition}:${a.slug}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.slug))
      problems.push(`article ${key}: slug must be lowercase Latin words joined by hyphens`);
    if (keys.has(key)) problems.push(`article ${key}: duplicate slug`);
    keys.add(key);
    if (!categorySlugs.has(a.category)) problems.push(`article ${key}: unknown category "${a.category}"`);
    if (!people.has(a.author)) problems.push(`article ${key}: unknown author "${a.author}"`);
  }
  for (const a of all) {
    if (!a.translationOf) continue;
    if (a.edition !== "gu")
      problems.push(`article ${a.edition}:${a.slug}: only Gujarati articles may set translationOf`);
    else if (!keys.has(`en:${a.translationOf}`))
      problems.push(`article gu:${a.slug}: translates unknown English article "${a.translationOf}"`);
  }
  const translated = all.filter((a) => a.translationOf).map((a) => a.translationOf);
  for (const slug of new Set(translated.filter((s, i) => translated.indexOf(s) !== i)))
    problems.push(`English article "${slug}" has more than one translation`);
  for (const [edition, slugs] of Object.entries(hiddenSlugs)) {
    for (const slug of Object.values(slugs))
      if (!keys.has(`${edition}:${slug}`)) problems.push(`hidden story ${edition}:${slug} is missing`);
  }
  for (const c of seedComments) {
    if (!keys.has(`${c.edition}:${c.article}`)) problems.push(`comment on unknown article ${c.edition}:${c.article}`);
    if (!people.has(c.author)) problems.push(`comment by unknown person "${c.author}"`);
  }
  if (problems.length) throw new Error(`Demo content is invalid:\n  ${problems.join("\n  ")}`);
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
