import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { editions } from "../schema";
import type { SeedArticle, SeedComment } from "./types";

// The demo stories are Markdown files with YAML front matter, one file a story,
// in a folder per edition, so the newsroom can read and correct them as text.
export const storiesDir = fileURLToPath(new URL("./stories/", import.meta.url));

const motifs = [
  "city",
  "field",
  "stadium",
  "chart",
  "chip",
  "car",
  "ballot",
  "globe",
  "film",
  "temple",
  "sea",
  "rain",
  "train",
  "parliament",
  "mobile",
] as const;

const frontMatter = z.strictObject({
  slug: z.string(),
  translationOf: z.string().optional(),
  title: z.string().min(1),
  dek: z.string().min(1),
  category: z.string(),
  author: z.string(),
  tags: z.array(z.string().min(1)),
  hoursAgo: z.number().min(0).default(0),
  updatedMinutesLater: z.number().positive().optional(),
  status: z.enum(["published", "draft", "scheduled"]).default("published"),
  publishInHours: z.number().positive().optional(),
  breaking: z.boolean().optional(),
  featured: z.boolean().optional(),
  commentsOpen: z.boolean().optional(),
  image: z.strictObject({ alt: z.string().min(1), caption: z.string().min(1), motif: z.enum(motifs) }),
  comments: z
    .array(z.strictObject({ author: z.string(), hoursAfter: z.number().min(0), body: z.string().min(1) }))
    .default([]),
});

export type DemoStories = { articles: SeedArticle[]; comments: SeedComment[] };

/** Reads every story file under `dir`, failing with the file's name when one is malformed. */
export function readStories(dir = storiesDir): DemoStories {
  const articles: SeedArticle[] = [];
  const comments: SeedComment[] = [];
  for (const edition of editions) {
    const folder = path.join(dir, edition);
    for (const name of fs
      .readdirSync(folder)
      .filter((f) => f.endsWith(".md"))
      .sort()) {
      const { comments: discussion, ...story } = parseStory(path.join(folder, name), edition);
      articles.push(story);
      for (const c of discussion) comments.push({ ...c, article: story.slug, edition });
    }
  }
  return { articles, comments };
}

function parseStory(file: string, edition: SeedArticle["edition"]) {
  const text = fs.readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: expected front matter between --- lines`);
  const parsed = frontMatter.safeParse(parse(match[1]));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  if (`${parsed.data.slug}.md` !== path.basename(file)) throw new Error(`${file}: file name must be the slug`);
  return { ...parsed.data, edition, body: match[2].trim() };
}
