import type cliProgress from "cli-progress";
import type { Edition } from "../schema";
import { slugify } from "@/lib/slug";
import { en, gu, words } from "./synthetic-words";
import { articleBody, fill, type Random } from "./synthetic-text";
import type { SeedRow, SeedWriter } from "./writer";

export const hour = 3_600_000;
const year = 365 * 24 * hour;

const editionsInOrder: Edition[] = ["en", "gu"];

/** The published stories comments go to, in publication order: id, edition (0 en, 1 gu) and time. */
export type Targets = { ids: Int32Array; editions: Uint8Array; publishedAt: Float64Array };
export type Bar = cliProgress.SingleBar;

const articleColumns = [
  "id",
  "edition",
  "slug",
  "title",
  "dek",
  "body",
  "image_path",
  "image_alt",
  "image_width",
  "image_height",
  "category_id",
  "author_id",
  "status",
  "published_at",
  "updated_at",
  "created_at",
  "breaking",
  "breaking_until",
  "featured",
  "comments_open",
];

export async function insertArticles(
  writer: SeedWriter,
  count: number,
  rnd: Random,
  categories: { id: number; slug: string; nameEn: string; nameGu: string }[],
  images: { path: string; width: number; height: number }[],
  bar: Bar,
): Promise<Targets> {
  const authors = (
    await writer.all<{ id: number }>(`select "id" from "users" where "role" in ('editor', 'admin') order by "id"`)
  ).map((r) => r.id);
  if (!authors.length) throw new Error("No editors to write synthetic articles: seed the demo newsroom first.");
  const existing = new Set(
    (await writer.all<{ key: string }>(`select "edition" || ':' || "slug" as "key" from "articles"`)).map((r) => r.key),
  );

  const tagIds = await prepareTags(writer);
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

  // Each batch takes a block of ids first: comments and tags need them, and PostgreSQL has no lastInsertRowid.
  const batch = (from: number, to: number) =>
    writer.transaction(async () => {
      const first = (await writer.reserveIds("articles", to - from)) - from;
      const rows: SeedRow[] = [];
      const tagRows: SeedRow[] = [];
      for (let i = from; i < to; i++) {
        const id = first + i;
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
        let slug = `${placeSlugs[edition][p]}-${objectSlugs[edition][o]}-${id}`;
        while (existing.has(`${edition}:${slug}`)) slug += "-x";
        const publishedAt = Math.round(start + (span * i) / Math.max(count, 1) + rnd.next() * hour);
        const category = rnd.int(categories.length);
        const breaking = rnd.next() < 0.01;
        const body = articleBody(w, rnd, slots, last[edition]);
        rows.push([
          id,
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
          "published",
          publishedAt,
          publishedAt + (rnd.next() < 0.2 ? rnd.int(180) * 60_000 : 0),
          publishedAt - 30 * 60_000,
          breaking ? 1 : 0,
          breaking ? publishedAt + 12 * hour : null,
          rnd.next() < 0.005 ? 1 : 0,
          rnd.next() < 0.95 ? 1 : 0,
        ]);
        tagRows.push([id, tagIds[edition].places[p]]);
        tagRows.push([id, tagIds[edition].topics[rnd.int(tagIds[edition].topics.length)]]);
        last[edition] = { edition, slug, title };
        targets.ids[i] = id;
        targets.editions[i] = edition === "en" ? 0 : 1;
        targets.publishedAt[i] = publishedAt;
      }
      await writer.insert("articles", articleColumns, rows);
      await writer.insert("article_tags", ["article_id", "tag_id"], tagRows, { ignoreDuplicates: true });
    });
  for (let from = 0; from < count; from += writer.batchRows) {
    const to = Math.min(count, from + writer.batchRows);
    await batch(from, to);
    bar.increment(to - from);
  }
  if (count > 0) return targets;

  // No new articles: spread the comments over the published ones already there.
  const rows = await writer.all<{ id: number; edition: Edition; publishedAt: number }>(
    `select "id", "edition", "published_at" as "publishedAt" from "articles" where "status" = 'published' order by "id"`,
  );
  return {
    ids: Int32Array.from(rows, (r) => r.id),
    editions: Uint8Array.from(rows, (r) => (r.edition === "en" ? 0 : 1)),
    publishedAt: Float64Array.from(rows, (r) => r.publishedAt),
  };
}

async function prepareTags(writer: SeedWriter) {
  const ids = async (edition: Edition, names: string[]) => {
    await writer.insert(
      "tags",
      ["edition", "slug", "name"],
      names.map((name) => [edition, slugify(name), name]),
      { ignoreDuplicates: true },
    );
    const found = await writer.all<{ id: number; slug: string }>(
      `select "id", "slug" from "tags" where "edition" = ?`,
      [edition],
    );
    const bySlug = new Map(found.map((row) => [row.slug, row.id]));
    return names.map((name) => bySlug.get(slugify(name))!);
  };
  return {
    en: { places: await ids("en", en.places), topics: await ids("en", en.topics) },
    gu: { places: await ids("gu", gu.places), topics: await ids("gu", gu.topics) },
  };
}
