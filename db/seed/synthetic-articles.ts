import type Database from "better-sqlite3";
import type cliProgress from "cli-progress";
import type { Edition } from "../schema";
import { slugify } from "@/lib/slug";
import { en, gu, words } from "./synthetic-words";
import { articleBody, fill, type Random } from "./synthetic-text";

export const BATCH = 5000;
export const hour = 3_600_000;
const year = 365 * 24 * hour;

const editionsInOrder: Edition[] = ["en", "gu"];

/** The published stories comments go to, in publication order: id, edition (0 en, 1 gu) and time. */
export type Targets = { ids: Int32Array; editions: Uint8Array; publishedAt: Float64Array };
export type Bar = cliProgress.SingleBar;

export function insertArticles(
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
