import cliProgress from "cli-progress";
import { databasePath, openSqlite } from "../connection";
import { migrateDatabase } from "../migrate";
import { hasNoNewsroom, seedDemo } from "./demo";
import { writeIllustration } from "./images";
import { registerSeedImages } from "./media";
import { insertArticles } from "./synthetic-articles";
import { insertComments } from "./synthetic-comments";
import { random } from "./synthetic-text";
import type { ImageMotif } from "./types";
import { type SeedTarget, seedWriter } from "./writer";

// Bulk data for benchmarks: plausible but generated articles and comments on
// top of the demo newsroom, written in batches through the seed's writer (SQLite or PostgreSQL).
// Without a target, the SQLite file of DATABASE_PATH (migrated first).
export type SyntheticOptions = { articles: number; comments: number; target?: SeedTarget; seed?: number };
export type SyntheticResult = { articles: number; comments: number; ms: number };

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

/** Adds `articles` generated articles and `comments` comments spread over them (or over existing articles). */
export async function seedSynthetic(options: SyntheticOptions): Promise<SyntheticResult> {
  const started = Date.now();
  const own = options.target ? null : (migrateDatabase(databasePath()), openSqlite());
  const writer = seedWriter(options.target ?? own!);
  try {
    if (await hasNoNewsroom(writer)) await seedDemo(writer);
    const categories = await writer.all<{ id: number; slug: string; nameEn: string; nameGu: string }>(
      `select "id", "slug", "name_en" as "nameEn", "name_gu" as "nameGu" from "categories" order by "position"`,
    );
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
    try {
      return await writer.bulk(async () => {
        const rnd = random(options.seed ?? 20261128);
        const targets = await insertArticles(writer, options.articles, rnd, categories, images, bar);
        const comments = await insertComments(writer, options.comments, rnd, targets, bar);
        await registerSeedImages(writer);
        bar.stop();
        return { articles: options.articles, comments, ms: Date.now() - started };
      });
    } finally {
      bar.stop();
    }
  } finally {
    own?.close();
  }
}
