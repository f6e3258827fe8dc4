import type { Edition } from "@/db/schema";
import type { FoundAutosave } from "./article-autosave-offer";

/** What the editor's form holds, as typed (times in India time); `id` is null until the first save. */
export type ArticleFormValues = {
  id: number | null;
  title: string;
  slug: string;
  edition: Edition;
  dek: string;
  body: string;
  categoryId: string;
  authorId: string;
  tags: string;
  imageAlt: string;
  imageCaption: string;
  status: "draft" | "scheduled" | "published";
  publishAt: string;
  breaking: boolean;
  breakingUntil: string;
  featured: boolean;
  commentsOpen: boolean;
  translationSlug: string;
};

export type SetArticleField = <K extends keyof ArticleFormValues>(field: K, value: ArticleFormValues[K]) => void;

export type ArticleFormOptions = {
  sections: { id: number; name: string }[];
  people: { id: number; name: string }[];
  tagSuggestions: Record<Edition, string[]>;
};

/** The editor's own private autosave of this story, offered for restoring. */
export type ArticleFormAutosave = FoundAutosave & { values: Omit<ArticleFormValues, "id">; baseVersion: number | null };
