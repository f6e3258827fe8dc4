import type Database from "better-sqlite3";
import cliProgress from "cli-progress";
import { databasePath, openSqlite } from "../connection";
import { migrateDatabase } from "../migrate";
import type { Edition } from "../schema";
import { isEmpty, seedDemo } from "./demo";
import { writeIllustration } from "./images";
import { slugify } from "@/lib/slug";
import { registerArticleImages } from "./media";
import { en, gu, type Words, words } from "./synthetic-words";
import type { ImageMotif } from "./types";

// Bulk data for benchmarks: plausible but generated articles and comments on
// top of the demo newsroom, written with raw prepared statements in batches.
export type SyntheticOptions = { articles: number; comments: number; sqlite?: Database.Database; seed?: number };
export type SyntheticResult = { articles: number; comments: number; ms: number };

const BATCH = 5000;
const hour = 3_600_000;
const year = 365 * 24 * hour;

const editionsInOrder: Edition[] = ["en", "gu"];

const categoryMotifs: Record<string, ImageMotif> = {
  gujarat: "temple",
  national: "train",
  world: "globe",
  politics: "parliament",
  business: "chart",
  sports: "stadium",
  cricket: "stadium",
  entertainment: "film",
  technology: "chip",
  automobile: "car",
  elections: "ballot",
  viral: "mobile",
};

function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

function fill(
  template: string,
  w: Words,
  rnd: Random,
  slots: { place: string; object: string; subject: string },
): string {
  return template
    .replace("{object}", slots.object)
    .replace("{place}", slots.place)
    .replace("{place2}", rnd.pick(w.places))
    .replace("{subject}", slots.subject)
    .replace("{person}", rnd.pick(w.people))
    .replace("{n}", String(20 + rnd.int(480)))
    .replace("{few}", String(2 + rnd.int(11)));
}

function articleBody(
  w: Words,
  rnd: Random,
  slots: { place: string; object: string; subject: string },
  previous?: { edition: Edition; slug: string; title: string },
): string {
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => fill(rnd.pick(w.sentences), w, rnd, slots)).join(" ");
  const parts = [
    paragraph(3),
    paragraph(2),
    `## ${rnd.pick(w.headings)}`,
    paragraph(2),
    w.quote(rnd.pick(w.quotes), rnd.pick(w.people)),
  ];
  if (rnd.next() < 0.4)
    parts.push(Array.from({ length: 3 }, () => `- ${fill(rnd.pick(w.listItems), w, rnd, slots)}`).join("\n"));
  if (previous) parts.push(`${w.alsoRead}: [${previous.title}](/${previous.edition}/article/${previous.slug})`);
  parts.push(paragraph(2));
  return parts.join("\n\n");
}

function commentBody(w: Words, rnd: Random): string {
  return [rnd.pick(w.comments[0]), rnd.pick(w.comments[1]), rnd.pick(w.comments[2])].filter(Boolean).join(" ");
}

/** Adds `articles` generated articles and `comments` comments spread over them (or over existing articles). */
export async function seedSynthetic(options: SyntheticOptions): Promise<SyntheticResult> {
  const started = Date.now();
  const sqlite = options.sqlite ?? (migrateDatabase(databasePath()), openSqlite());
  try {
    if (isEmpty(sqlite)) await seedDemo(sqlite);
    const categories = sqlite
      .prepare("select id, slug, name_en as nameEn, name_gu as nameGu from categories order by position")
      .all() as { id: number; slug: string; nameEn: string; nameGu: string }[];
    const images = await Promise.all(
      categories.map((c) => writeIllustration(`synthetic/${c.slug}.webp`, categoryMotifs[c.slug] ?? "city", c.slug)),
    );
    const bar = new cliProgress.SingleBar(
      {
        format: "Synthetic {bar} {percentage}% | {value}/{total} rows | {phase}",
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(options.articles + options.comments, 0, { phase: "articles" });
    const previous = sqlite.pragma("synchronous", { simple: true });
    // Bulk load: losing the last batch on a power cut is acceptable here, and
    // WAL + NORMAL cannot corrupt the file.
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("cache_size = -131072");
    try {
      const rnd = random(options.seed ?? 20261128);
      const targets = insertArticles(sqlite, options.articles, rnd, categories, images, bar);
      const comments = insertComments(sqlite, options.comments, rnd, targets, bar);
      registerArticleImages(sqlite);
      bar.stop();
      return { articles: options.articles, comments, ms: Date.now() - started };
    } finally {
      bar.stop();
      sqlite.pragma(`synchronous = ${previous}`);
    }
  } finally {
    if (!options.sqlite) sqlite.close();
  }
}

type Targets = { ids: Int32Array; editions: Uint8Array; publishedAt: Float64Array };
type Bar = cliProgress.SingleBar;

function insertArticles(
  sqlite: Database.Database,
  count: number,
  rnd: Random,
  categories: { id: number; slug: string; nameEn: string; nameGu: string }[],
  images: { path: string; width: number; height: number }[],
  bar: Bar,
): Targets {
  const authors = (
    sqlite.prepare("select id from users where role in ('editor', 'admin') order by id").all() as { id: number }[]
  ).map((r) => r.id);
  if (!authors.length) throw new Error("No editors to write synthetic articles: seed the demo newsroom first.");
  const existing = new Set(
    sqlite.prepare("select edition || ':' || slug as key from articles").pluck().all() as string[],
  );
  const first = sqlite.prepare("select coalesce(max(id), 0) + 1 from articles").pluck().get() as number;

  const tagIds = prepareTags(sqlite);
  const insert = sqlite.prepare(`insert into articles
    (edition, slug, title, dek, body, image_path, image_alt, image_width, image_height, category_id, author_id,
     status, published_at, updated_at, created_at, breaking, breaking_until, featured, comments_open)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?)`);
  const tag = sqlite.prepare("insert or ignore into article_tags (article_id, tag_id) values (?, ?)");

  const now = Date.now();
  const start = now - 3 * year;
  const span = 3 * year - 12 * hour;
  const placeSlugs = { en: en.places.map((p) => slugify(p)), gu: gu.places.map((p) => slugify(p)) };
  const objectSlugs = { en: en.objects.map((o) => slugify(o)), gu: gu.objects.map((o) => slugify(o)) };
  const last: Partial<Record<Edition, { edition: Edition; slug: string; title: string }>> = {};
  const targets: Targets = {
    ids: new Int32Array(count),
    editions: new Uint8Array(count),
    publishedAt: new Float64Array(count),
  };

  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const edition = editionsInOrder[rnd.int(2)];
      const w = words[edition];
      const [p, s, o, v] = [
        rnd.int(w.places.length),
        rnd.int(w.subjects.length),
        rnd.int(w.objects.length),
        rnd.int(w.verbs.length),
      ];
      const slots = { place: w.places[p], subject: w.subjects[s], object: w.objects[o] };
      const title = w.title({ ...slots, verb: w.verbs[v] });
      let slug = `${placeSlugs[edition][p]}-${objectSlugs[edition][o]}-${first + i}`;
      while (existing.has(`${edition}:${slug}`)) slug += "-x";
      const publishedAt = Math.round(start + (span * i) / Math.max(count, 1) + rnd.next() * hour);
      const category = rnd.int(categories.length);
      const breaking = rnd.next() < 0.01;
      const body = articleBody(w, rnd, slots, last[edition]);
      const info = insert.run(
        edition,
        slug,
        title,
        fill(rnd.pick(w.sentences), w, rnd, slots),
        body,
        images[category].path,
        w.alt.replace("{category}", edition === "en" ? categories[category].nameEn : categories[category].nameGu),
        images[category].width,
        images[category].height,
        categories[category].id,
        rnd.pick(authors),
        publishedAt,
        publishedAt + (rnd.next() < 0.2 ? rnd.int(180) * 60_000 : 0),
        publishedAt - 30 * 60_000,
        breaking ? 1 : 0,
        breaking ? publishedAt + 12 * hour : null,
        rnd.next() < 0.005 ? 1 : 0,
        rnd.next() < 0.95 ? 1 : 0,
      );
      const id = Number(info.lastInsertRowid);
      tag.run(id, tagIds[edition].places[p]);
      tag.run(id, tagIds[edition].topics[rnd.int(tagIds[edition].topics.length)]);
      last[edition] = { edition, slug, title };
      targets.ids[i] = id;
      targets.editions[i] = edition === "en" ? 0 : 1;
      targets.publishedAt[i] = publishedAt;
    }
  });
  for (let from = 0; from < count; from += BATCH) {
    const to = Math.min(count, from + BATCH);
    batch(from, to);
    bar.increment(to - from);
  }
  if (count > 0) return targets;

  // No new articles: spread the comments over the published ones already there.
  const rows = sqlite
    .prepare("select id, edition, published_at as publishedAt from articles where status = 'published' order by id")
    .all() as { id: number; edition: Edition; publishedAt: number }[];
  return {
    ids: Int32Array.from(rows, (r) => r.id),
    editions: Uint8Array.from(rows, (r) => (r.edition === "en" ? 0 : 1)),
    publishedAt: Float64Array.from(rows, (r) => r.publishedAt),
  };
}

function prepareTags(sqlite: Database.Database) {
  const insert = sqlite.prepare(
    "insert into tags (edition, slug, name) values (?, ?, ?) on conflict (edition, slug) do nothing",
  );
  const find = sqlite.prepare("select id from tags where edition = ? and slug = ?").pluck();
  const ids = (edition: Edition, names: string[]) =>
    names.map((name) => {
      insert.run(edition, slugify(name), name);
      return find.get(edition, slugify(name)) as number;
    });
  return {
    en: { places: ids("en", en.places), topics: ids("en", en.topics) },
    gu: { places: ids("gu", gu.places), topics: ids("gu", gu.topics) },
  };
}

function syntheticReaders(sqlite: Database.Database, comments: number, rnd: Random): number[] {
  const wanted = Math.min(5000, Math.max(50, Math.ceil(comments / 500)));
  const insert = sqlite.prepare("insert or ignore into users (email, name, slug, role) values (?, ?, ?, 'commenter')");
  sqlite.transaction(() => {
    for (let i = 1; i <= wanted; i++) {
      const name = `${rnd.pick(en.people).split(" ")[0]} ${rnd.pick(en.people).split(" ")[1]}`;
      insert.run(`reader${i}@synthetic.test`, name, `synthetic-reader-${i}`);
    }
  })();
  return sqlite
    .prepare("select id from users where role = 'commenter' and banned_until is null")
    .pluck()
    .all() as number[];
}

function insertComments(sqlite: Database.Database, count: number, rnd: Random, targets: Targets, bar: Bar): number {
  if (count === 0) return 0;
  if (targets.ids.length === 0) throw new Error("No published articles to comment on.");
  const readers = syntheticReaders(sqlite, count, rnd);
  const insert = sqlite.prepare(
    "insert into comments (article_id, user_id, parent_id, body, status, created_at) values (?, ?, ?, ?, ?, ?)",
  );

  // A skewed share per article (most get a few, some get many), summing to `count`.
  const weights = Float64Array.from(targets.ids, () => (-Math.log(1 - rnd.next())) ** 1.5);
  const total = weights.reduce((a, b) => a + b, 0);
  const perArticle = Uint32Array.from(weights, (w) => Math.floor((w / total) * count));
  for (let left = count - perArticle.reduce((a, b) => a + b, 0); left > 0; left--)
    perArticle[rnd.int(perArticle.length)]++;

  const now = Date.now();
  let article = 0;
  let doneInArticle = 0;
  let at = 0;
  let lastApproved: number | null = null;
  const batch = sqlite.transaction((rows: number) => {
    for (let n = 0; n < rows; n++) {
      while (doneInArticle >= perArticle[article]) {
        article++;
        doneInArticle = 0;
        at = targets.publishedAt[article];
        lastApproved = null;
      }
      if (doneInArticle === 0) at = targets.publishedAt[article];
      at = Math.min(at + Math.round(rnd.next() * 3 * hour), now - 60_000);
      const w = targets.editions[article] === 0 ? en : gu;
      const roll = rnd.next();
      const status = roll < 0.86 ? "approved" : roll < 0.95 ? "pending" : "spam";
      const parent = status === "approved" && lastApproved !== null && rnd.next() < 0.15 ? lastApproved : null;
      const body = status === "spam" ? rnd.pick(w.spam) : commentBody(w, rnd);
      const info = insert.run(targets.ids[article], rnd.pick(readers), parent, body, status, at);
      if (status === "approved") lastApproved = Number(info.lastInsertRowid);
      doneInArticle++;
    }
  });
  for (let done = 0; done < count;) {
    const rows = Math.min(BATCH, count - done);
    batch(rows);
    done += rows;
    bar.increment(rows, { phase: "comments" });
  }
  return count;
}
