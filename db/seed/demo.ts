import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { hashPassword } from "@/lib/password";
import * as schema from "../schema";
import { articles, articleTags, categories, comments, type Edition, tags, users } from "../schema";
import { seedCategories } from "./categories";
import { enArticles, enComments } from "./content/en";
import { guArticles, guComments } from "./content/gu";
import { articleImage, type StoredImage } from "./images";
import { registerArticleImages } from "./media";
import { seedPeople } from "./people";
import { slugify } from "./slug";
import type { SeedArticle, SeedComment } from "./types";

/** A raw better-sqlite3 connection or a drizzle database wrapping one. */
export type SeedTarget = Database.Database | { $client: Database.Database };
export type DemoContent = { articles: SeedArticle[]; comments: SeedComment[] };
export type DemoSummary = { articles: number; hidden: number; comments: number; tags: number; people: number; categories: number };

const hour = 3_600_000;
const minute = 60_000;

/** Stories readers must never see yet: two drafts and one scheduled for two days ahead, per edition. */
export const hiddenSlugs = {
  en: { draft: "draft-port-expansion-plan", secondDraft: "draft-monsoon-readiness-review", scheduled: "scheduled-budget-session-preview" },
  gu: { draft: "draft-bandar-vistar-yojana", secondDraft: "draft-chomasu-taiyari-samiksha", scheduled: "scheduled-bajet-satra-purvavalokan" },
} as const;

const hidden = (edition: Edition, slug: string, title: string, body: string, category: string, motif: SeedArticle["image"]["motif"], alt: string, tagNames: string[]): SeedArticle => ({
  edition, slug, title, dek: body.split("\n")[0], body, category, tags: tagNames, author: "meera-trivedi", hoursAgo: 0,
  image: { alt, caption: alt, motif },
});

const hiddenArticles: SeedArticle[] = [
  hidden("en", hiddenSlugs.en.draft, "Draft: Port expansion plan awaits approval",
    "The port authority's plan for two new berths is still with the state cabinet.\n\nThis draft will be updated once the environment clearance is published.",
    "business", "sea", "Cargo ships waiting off a busy port", ["Ports"]),
  hidden("en", hiddenSlugs.en.secondDraft, "Draft: How ready are cities for the monsoon?",
    "Civic bodies have cleaned most storm drains, but several underpasses still flood.\n\nNotes from the ward visits are still to be added.",
    "gujarat", "rain", "Rain falling from a heavy cloud over a city", ["Monsoon"]),
  hidden("en", hiddenSlugs.en.scheduled, "Budget session: what to watch this week",
    "The assembly meets for the budget session on Monday, with water supply and school buildings expected to dominate.\n\n## The main questions\n\n- How much goes to new reservoirs?\n- Will the school repair fund be doubled?",
    "politics", "parliament", "A domed legislature building with a flag", ["Gujarat Budget"]),
  hidden("gu", hiddenSlugs.gu.draft, "ડ્રાફ્ટ: બંદર વિસ્તરણ યોજના મંજૂરીની રાહમાં",
    "બંદર સત્તામંડળની બે નવી જેટીની યોજના હજુ રાજ્ય મંત્રીમંડળ પાસે છે.\n\nપર્યાવરણ મંજૂરી જાહેર થયા પછી આ ડ્રાફ્ટ અપડેટ થશે.",
    "business", "sea", "વ્યસ્ત બંદર નજીક રાહ જોતાં માલવાહક જહાજો", ["નિકાસ"]),
  hidden("gu", hiddenSlugs.gu.secondDraft, "ડ્રાફ્ટ: શહેરો ચોમાસા માટે કેટલાં તૈયાર?",
    "મહાનગરપાલિકાઓએ મોટા ભાગની ગટરો સાફ કરી છે, પરંતુ કેટલાંક અંડરપાસમાં હજુ પાણી ભરાય છે.\n\nવોર્ડ મુલાકાતની નોંધો હજુ ઉમેરવાની બાકી છે.",
    "gujarat", "rain", "શહેર પર ઘેરાયેલાં વાદળોમાંથી પડતો વરસાદ", ["ચોમાસું"]),
  hidden("gu", hiddenSlugs.gu.scheduled, "બજેટ સત્ર: આ અઠવાડિયે શું જોવું",
    "વિધાનસભાનું બજેટ સત્ર સોમવારથી શરૂ થશે, જેમાં પાણી પુરવઠો અને શાળાનાં મકાનો મુખ્ય મુદ્દા રહેશે.\n\n## મુખ્ય પ્રશ્નો\n\n- નવા જળાશયો માટે કેટલી ફાળવણી?\n- શાળા સમારકામ ભંડોળ બમણું થશે?",
    "politics", "parliament", "ગુંબજવાળી વિધાનસભા ઇમારત અને ધ્વજ", ["બજેટ", "વિધાનસભા"]),
];

export const demoContent = (): DemoContent => ({
  articles: [...enArticles, ...guArticles],
  comments: [...enComments, ...guComments],
});

export function sqliteOf(target: SeedTarget): Database.Database {
  return "$client" in target ? target.$client : target;
}

export function isEmpty(target: SeedTarget): boolean {
  const row = sqliteOf(target).prepare("select count(*) as n from categories").get() as { n: number };
  return row.n === 0;
}

/** Seeds the demo newsroom: categories, people, tags, published, draft and scheduled articles, comments. */
export async function seedDemo(target: SeedTarget, content = demoContent(), now = Date.now()): Promise<DemoSummary> {
  const published = content.articles;
  const all = [...published, ...hiddenArticles];
  validate(all, content.comments);
  const [images, hashes] = await Promise.all([
    mapLimit(all, 4, (article) => articleImage(article)),
    Promise.all(seedPeople.map((person) => hashPassword(person.password))),
  ]);
  const db = drizzle(sqliteOf(target), { schema });

  return db.transaction((tx) => {
    const categoryIds = new Map<string, number>();
    seedCategories.forEach((category, position) => {
      const row = tx.insert(categories).values({ ...category, position }).returning({ id: categories.id }).get();
      categoryIds.set(category.slug, row.id);
    });

    const userIds = new Map<string, number>();
    seedPeople.forEach(({ password: _, ...person }, i) => {
      const row = tx.insert(users).values({ ...person, passwordHash: hashes[i] }).returning({ id: users.id }).get();
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
      const hidden = i >= published.length;
      const publishedAt = hidden ? hiddenPublishedAt(article.slug, now) : Math.round(now - article.hoursAgo * hour);
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
          status: hidden ? (publishedAt ? "scheduled" : "draft") : "published",
          publishedAt,
          createdAt: (publishedAt ?? now) - 45 * minute,
          updatedAt: publishedAt === null ? now - 20 * minute : updatedAfter(i, publishedAt, now),
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
        .values({ articleId: article.id, userId: userIds.get(comment.author)!, body: comment.body, status: "approved", createdAt })
        .run();
    }
    registerArticleImages(sqliteOf(target));

    return {
      articles: published.length,
      hidden: hiddenArticles.length,
      comments: content.comments.length,
      tags: tagIds.size,
      people: seedPeople.length,
      categories: seedCategories.length,
    };
  });
}

// Some stories were touched up minutes after publication, a few hours later,
// so "Updated" differs from "Published" on the page.
function updatedAfter(index: number, publishedAt: number, now: number): number {
  if (index % 7 === 3) return Math.min(publishedAt + (2 + (index % 3)) * hour, now - minute);
  if (index % 3 === 0) return publishedAt + (3 + (index % 9)) * minute;
  return publishedAt;
}

function hiddenPublishedAt(slug: string, now: number): number | null {
  return slug.startsWith("scheduled-") ? now + 48 * hour : null;
}

function validate(all: SeedArticle[], seedComments: SeedComment[]): void {
  const problems: string[] = [];
  const keys = new Set<string>();
  const categorySlugs = new Set<string>(seedCategories.map((c) => c.slug));
  const people = new Set(seedPeople.map((p) => p.slug));
  for (const a of all) {
    const key = `${a.edition}:${a.slug}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.slug)) problems.push(`article ${key}: slug must be lowercase Latin words joined by hyphens`);
    if (keys.has(key)) problems.push(`article ${key}: duplicate slug`);
    keys.add(key);
    if (!categorySlugs.has(a.category)) problems.push(`article ${key}: unknown category "${a.category}"`);
    if (!people.has(a.author)) problems.push(`article ${key}: unknown author "${a.author}"`);
  }
  for (const a of all) {
    if (!a.translationOf) continue;
    if (a.edition !== "gu") problems.push(`article ${a.edition}:${a.slug}: only Gujarati articles may set translationOf`);
    else if (!keys.has(`en:${a.translationOf}`)) problems.push(`article gu:${a.slug}: translates unknown English article "${a.translationOf}"`);
  }
  const translated = all.filter((a) => a.translationOf).map((a) => a.translationOf);
  for (const slug of new Set(translated.filter((s, i) => translated.indexOf(s) !== i))) problems.push(`English article "${slug}" has more than one translation`);
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
