import type { Edition } from "@/db/schema";

/** One hand-written demo article. Times are relative so the demo always looks fresh. */
export type SeedArticle = {
  edition: Edition;
  slug: string; // lowercase Latin letters, digits and hyphens, unique within the edition
  title: string;
  dek: string; // one or two sentences
  body: string; // Markdown: several paragraphs, `## ` subheadings, a `> ` quote, a list, and at least one
  // "Also read" line of the form `Also read: [Title](/en/article/other-slug)` (Gujarati: `આ પણ વાંચો: [શીર્ષક](/gu/article/other-slug)`)
  category: string; // a category slug from db/seed/categories.ts
  tags: string[]; // tag names in the article's language; slugs are derived
  author: string; // an author slug from db/seed/people.ts
  hoursAgo: number; // published this many hours before the seed runs (0.5 – 240)
  updatedMinutesLater?: number; // touched up this long after publication, so "Updated" differs from "Published"
  status?: "published" | "draft" | "scheduled"; // default published
  publishInHours?: number; // scheduled stories: publication this many hours after the seed runs
  breaking?: boolean;
  featured?: boolean;
  commentsOpen?: boolean; // default true
  translationOf?: string; // for a Gujarati article: slug of the English article it translates
  image: {
    alt: string;
    caption: string;
    motif: ImageMotif; // picks the shapes of the generated illustration
  };
};

export type ImageMotif =
  | "city"
  | "field"
  | "stadium"
  | "chart"
  | "chip"
  | "car"
  | "ballot"
  | "globe"
  | "film"
  | "temple"
  | "sea"
  | "rain"
  | "train"
  | "parliament"
  | "mobile";

export type SeedComment = {
  article: string; // English or Gujarati slug
  edition: Edition;
  author: string; // commenter slug from db/seed/people.ts
  body: string;
  hoursAfter: number; // hours after the article's publication
};
