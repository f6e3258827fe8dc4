import "server-only";
import type { ArticleFormValues } from "./_editor/article-form-values";
import { getArticleForEdit } from "@/db/queries/article-editor-reads";
import { getChangesSince } from "@/db/queries/editing";
import type { ArticleSnapshot, Edition } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";
import { articleFormValues } from "./editor-props";
import type { ArticleConflict } from "./schema";

type FormText = Dictionary["admin"]["form"];

/** Each part of the editor a colleague can change: the snapshot fields behind it and the form values it sets. */
const parts = [
  { key: "headline", fields: ["title"], values: ["title"] },
  { key: "slug", fields: ["slug"], values: ["slug"] },
  { key: "edition", fields: ["edition"], values: ["edition"] },
  { key: "dek", fields: ["dek"], values: ["dek"] },
  { key: "body", fields: ["body"], values: ["body"] },
  { key: "section", fields: ["categoryId"], values: ["categoryId"] },
  { key: "author", fields: ["authorId"], values: ["authorId"] },
  { key: "tags", fields: ["tags"], values: ["tags"] },
  { key: "image", fields: ["imagePath"], values: [] },
  { key: "imageAlt", fields: ["imageAlt"], values: ["imageAlt"] },
  { key: "imageCaption", fields: ["imageCaption"], values: ["imageCaption"] },
  { key: "status", fields: ["status", "publishedAt"], values: ["status", "publishAt"] },
  { key: "breaking", fields: ["breaking", "breakingUntil"], values: ["breaking", "breakingUntil"] },
  { key: "featured", fields: ["featured"], values: ["featured"] },
  { key: "commentsOpen", fields: ["commentsOpen"], values: ["commentsOpen"] },
  { key: "translation", fields: ["translationId"], values: ["translationSlug"] },
] as const satisfies readonly {
  key: keyof FormText;
  fields: readonly (keyof ArticleSnapshot)[];
  values: readonly (keyof ArticleFormValues)[];
}[];

export type ChangedPart = (typeof parts)[number]["key"];

/** The parts of the editor whose saved value differs between two versions of a story. */
export function changedParts(base: ArticleSnapshot, now: ArticleSnapshot): ChangedPart[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return parts.filter((part) => part.fields.some((field) => !same(base[field], now[field]))).map((part) => part.key);
}

/**
 * What the editor of a stale save is told: who saved since the version they opened, when, what
 * they changed, and the story's values for those parts (to merge into the form).
 */
export async function describeConflict(
  articleId: number,
  baseVersion: number,
  lang: Edition,
  t: Dictionary["admin"],
): Promise<ArticleConflict | null> {
  const changes = await getChangesSince(articleId, baseVersion);
  const found = await getArticleForEdit(articleId);
  if (!changes || !found) return null;
  const names = [
    ...new Set(changes.savers.map((s) => (lang === "gu" ? (s.nameGu ?? s.name) : s.name) ?? t.editing.someone)),
  ];
  const changed = changes.base ? changedParts(changes.base, changes.now) : [];
  const values = articleFormValues(found);
  const theirs: Partial<ArticleFormValues> = {};
  for (const part of parts.filter((p) => changed.includes(p.key))) {
    for (const key of part.values) Object.assign(theirs, { [key]: values[key] });
  }
  const at = changes.savers[0]?.savedAt ?? changes.current.updatedAt;
  const message = fill(t.editing.conflict, {
    names: names.join(", ") || t.editing.someone,
    time: formatDateTime(at, lang),
  });
  return { message, fields: changed.map((key) => t.form[key]), version: changes.current.version, theirs };
}
