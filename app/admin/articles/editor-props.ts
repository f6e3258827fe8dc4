import "server-only";
import type { ArticleFormAutosave, ArticleFormOptions, ArticleFormValues } from "./_editor/article-form-values";
import { getAutosave } from "@/db/queries/editing";
import { formatDateTime } from "@/lib/format";
import { autosaveValuesSchema } from "./editing-schema";
import { type ArticleForEdit, listNewsroomPeople, listPopularTagNames } from "@/db/queries/article-editor-reads";
import { listCategories } from "@/db/queries/taxonomy";
import type { Edition } from "@/db/schema";
import { toIndiaInput } from "../india-time";

/** The choices the editor offers, named in the newsroom's language. */
export async function editorOptions(lang: Edition): Promise<ArticleFormOptions> {
  return {
    sections: (await listCategories()).map((c) => ({ id: c.id, name: lang === "gu" ? c.nameGu : c.nameEn })),
    people: (await listNewsroomPeople()).map((p) => ({
      id: p.id,
      name: lang === "gu" ? (p.nameGu ?? p.name) : p.name,
    })),
    tagSuggestions: { gu: await listPopularTagNames("gu"), en: await listPopularTagNames("en") },
  };
}

export function blankArticle(edition: Edition, authorId: number, categoryId: number): ArticleFormValues {
  return {
    id: null,
    title: "",
    slug: "",
    edition,
    dek: "",
    body: "",
    categoryId: String(categoryId),
    authorId: String(authorId),
    tags: "",
    imageAlt: "",
    imageCaption: "",
    status: "draft",
    publishAt: "",
    breaking: false,
    breakingUntil: "",
    featured: false,
    commentsOpen: true,
    translationSlug: "",
  };
}

/** The editor's starting values for an existing article; times shown in India time. */
export function articleFormValues({ article, tags, translation }: ArticleForEdit, now = Date.now()): ArticleFormValues {
  const scheduled = article.status !== "draft" && article.publishedAt !== null && article.publishedAt > now;
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    edition: article.edition,
    dek: article.dek,
    body: article.body,
    categoryId: String(article.categoryId),
    authorId: String(article.authorId),
    tags: tags.join(", "),
    imageAlt: article.imageAlt ?? "",
    imageCaption: article.imageCaption ?? "",
    status: article.status === "draft" ? "draft" : scheduled ? "scheduled" : "published",
    publishAt: scheduled ? toIndiaInput(article.publishedAt!) : "",
    breaking: article.breaking,
    breakingUntil: article.breakingUntil ? toIndiaInput(article.breakingUntil) : "",
    featured: article.featured,
    commentsOpen: article.commentsOpen,
    translationSlug: translation?.slug ?? "",
  };
}

export function editorImage({ article }: ArticleForEdit) {
  return article.imagePath ? { path: article.imagePath, width: article.imageWidth, height: article.imageHeight } : null;
}

/** The editor's private autosave of this story (0: a new one), when it holds something the form does not. */
export async function editorAutosave(
  userId: number,
  current: ArticleFormValues,
  version: number | null,
  lang: Edition,
): Promise<ArticleFormAutosave | null> {
  const row = await getAutosave(userId, current.id ?? 0);
  const parsed = row ? autosaveValuesSchema.safeParse(row.values) : null;
  if (!row || !parsed?.success) return null;
  const now = autosaveValuesSchema.safeParse(current);
  if (now.success && JSON.stringify(parsed.data) === JSON.stringify(now.data)) return null;
  return {
    values: parsed.data,
    baseVersion: row.baseVersion,
    savedAt: formatDateTime(row.savedAt, lang),
    behind: version !== null && row.baseVersion !== version,
  };
}
