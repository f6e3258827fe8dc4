import "server-only";
import * as queries from "@/db/queries/article-editor-reads";
import type { ArticleWrite } from "@/db/queries/article-save";
import type { Article, ArticleSnapshot } from "@/db/schema";
import { slugify } from "@/lib/slug";
import type { Dictionary } from "@/lib/i18n";
import { otherEdition } from "@/lib/i18n";
import type { StoredUpload } from "@/lib/upload";
import type { ArticleField, ArticleInput } from "./schema";

type ErrorKey = keyof Dictionary["admin"]["errors"];
export type ArticleProblems = Partial<Record<ArticleField, ErrorKey>>;
export type Resolved = { slug: string; translationId: number | null };

const tagLabels = (names: string[]) => names.map((name) => ({ name, slug: slugify(name) }));

/** In front of readers right now. */
export function isLive(article: Pick<Article, "status" | "publishedAt" | "deletedAt">, now = Date.now()): boolean {
  return (
    article.status !== "draft" &&
    article.deletedAt === null &&
    article.publishedAt !== null &&
    article.publishedAt <= now
  );
}

/** What the schema cannot check: the slug is free, the section, author and translation exist, times are ahead. */
export async function resolveArticle(
  input: ArticleInput,
  current: Article | null,
  now: number,
  newImage: boolean,
): Promise<{ problems: ArticleProblems } | Resolved> {
  const problems: ArticleProblems = {};
  const slug = input.slug ?? slugify(input.title);
  if (await queries.isSlugTaken(input.edition, slug, current?.id)) problems.slug = "slugTaken";
  if (!(await queries.getSection(input.categoryId))) problems.categoryId = "unknownSection";
  if (input.authorId !== current?.authorId && !(await queries.isNewsroomPerson(input.authorId)))
    problems.authorId = "unknownAuthor";
  const translation = input.translationSlug
    ? await queries.findArticleBySlug(otherEdition(input.edition), input.translationSlug)
    : null;
  if (input.translationSlug && !translation) problems.translationSlug = "translationNotFound";
  if (input.status === "scheduled" && (input.publishAt ?? 0) <= now) problems.publishAt = "scheduleInPast";
  if (input.breaking && input.breakingUntil !== undefined && input.breakingUntil <= now)
    problems.breakingUntil = "breakingInPast";
  const keepsImage = Boolean(current?.imagePath) && !input.removeImage;
  if ((newImage || keepsImage) && !input.imageAlt) problems.imageAlt = "altRequired";
  return Object.keys(problems).length > 0 ? { problems } : { slug, translationId: translation?.id ?? null };
}

function publishedAtFor(input: ArticleInput, current: Article | null, now: number): number | null {
  if (input.status === "scheduled") return input.publishAt!;
  if (input.status === "draft") return current?.publishedAt ?? null;
  // Publishing keeps the original time of an article already live; anything else goes live now.
  return current && isLive(current, now) ? current.publishedAt : now;
}

function imageFor(input: ArticleInput, current: Article | null, upload: StoredUpload | null) {
  const text = { imageAlt: input.imageAlt || null, imageCaption: input.imageCaption || null };
  if (upload) return { imagePath: upload.path, imageWidth: upload.width, imageHeight: upload.height, ...text };
  if (!current?.imagePath || input.removeImage)
    return { imagePath: null, imageWidth: null, imageHeight: null, imageAlt: null, imageCaption: null };
  return { imagePath: current.imagePath, imageWidth: current.imageWidth, imageHeight: current.imageHeight, ...text };
}

/**
 * The row a save writes. "Updated" moves on every save, except a minor correction of an
 * article that is live (readers were told nothing new).
 */
export function articleWrite(
  input: ArticleInput,
  resolved: Resolved,
  current: Article | null,
  upload: StoredUpload | null,
  now: number,
): ArticleWrite {
  const minor = input.minorCorrection && current !== null && isLive(current, now);
  return {
    edition: input.edition,
    slug: resolved.slug,
    title: input.title,
    dek: input.dek,
    body: input.body,
    ...imageFor(input, current, upload),
    categoryId: input.categoryId,
    authorId: input.authorId,
    status: input.status,
    publishedAt: publishedAtFor(input, current, now),
    breaking: input.breaking,
    breakingUntil: input.breaking ? (input.breakingUntil ?? null) : null,
    featured: input.featured,
    commentsOpen: input.commentsOpen,
    translationId: resolved.translationId,
    tags: tagLabels(input.tags),
    updatedAt: minor ? current.updatedAt : now,
  };
}

/**
 * A revision's content over the article as it is now. The publication status and time stay:
 * restoring old words must not unpublish (or publish) anything. References that no longer
 * hold (a removed section, author or translation) keep the current value.
 */
export async function restoredWrite(snapshot: ArticleSnapshot, current: Article, now: number): Promise<ArticleWrite> {
  const translation = snapshot.translationId ? await queries.getArticleById(snapshot.translationId) : null;
  const translationOk = translation && translation.deletedAt === null && translation.edition !== snapshot.edition;
  return {
    ...snapshot,
    tags: tagLabels(snapshot.tags),
    categoryId: (await queries.getSection(snapshot.categoryId)) ? snapshot.categoryId : current.categoryId,
    authorId:
      snapshot.authorId === current.authorId || (await queries.isNewsroomPerson(snapshot.authorId))
        ? snapshot.authorId
        : current.authorId,
    translationId: translationOk ? snapshot.translationId : null,
    status: current.status,
    publishedAt: current.publishedAt,
    updatedAt: now,
  };
}

/** How a save shows in the audit log: created, published (went live), scheduled (a new future time), or edited. */
export function auditActionFor(
  current: Article | null,
  after: Article,
  now: number,
): "story-create" | "story-publish" | "story-schedule" | "story-edit" {
  if (!current) return "story-create";
  if (!isLive(current, now) && isLive(after, now)) return "story-publish";
  const scheduled = after.status !== "draft" && after.publishedAt !== null && after.publishedAt > now;
  if (scheduled && (current.status === "draft" || current.publishedAt !== after.publishedAt)) return "story-schedule";
  return "story-edit";
}
