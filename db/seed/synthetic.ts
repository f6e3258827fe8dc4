import type Database from "better-sqlite3";
import cliProgress from "cli-progress";
import { databasePath, openSqlite } from "../connection";
import { migrateDatabase } from "../migrate";
import { isEmpty, seedDemo } from "./demo";
import { writeIllustration } from "./images";
import { registerArticleImages } from "./media";
import { insertArticles } from "./synthetic-articles";
import { insertComments } from "./synthetic-comments";
import { random } from "./synthetic-text";
import type { ImageMotif } from "./types";

// Bulk data for benchmarks: plausible but generated articles and comments on
// top of the demo newsroom, written with raw prepared statements in batches.
export type SyntheticOptions = { articles: number; comments: number; sqlite?: Database.Database; seed?: number };
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
