"use client";

import { AdminSelectField } from "@/components/admin/admin-select-field";
import { AdminTextareaField } from "@/components/admin/admin-textarea-field";
import type { LibrarySearch } from "@/components/admin/media-picker";
import { TextField } from "@/components/text-field";
import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import type { ArticleField } from "../schema";
import { type BodyPreview, ArticleBodyField } from "./article-body-field";
import type { ArticleFormValues, SetArticleField } from "./article-form-values";

type Props = {
  values: ArticleFormValues;
  set: SetArticleField;
  /** The slug made from the headline (see useSlugSuggestion). */
  slug: { taken: boolean; edit: (value: string) => void };
  errors: Partial<Record<ArticleField, string[]>>;
  t: Dictionary["admin"];
  preview: BodyPreview;
  library?: LibrarySearch;
};

/** The story itself: headline, slug, edition, dek and Markdown body. */
export function ArticleContentFields({ values, set, slug, errors, t, preview, library }: Props) {
  const f = t.form;
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-line bg-paper p-4">
      <legend className="px-1 text-lg font-bold">{f.content}</legend>
      <TextField
        id="article-title"
        name="title"
        label={f.headline}
        value={values.title}
        onChange={(e) => set("title", e.target.value)}
        errors={errors.title}
        required
      />
      <TextField
        id="article-slug"
        name="slug"
        label={f.slug}
        hint={slug.taken && !errors.slug ? `${f.slugHint} ${t.errors.slugTaken}` : f.slugHint}
        value={values.slug}
        onChange={(e) => slug.edit(e.target.value)}
        errors={errors.slug}
        autoCapitalize="none"
        spellCheck={false}
      />
      <AdminSelectField
        id="article-edition"
        name="edition"
        label={f.edition}
        value={values.edition}
        onChange={(e) => set("edition", e.target.value as Edition)}
        options={(["gu", "en"] as const).map((lang) => ({ value: lang, label: t.articles.editions[lang] }))}
        errors={errors.edition}
      />
      <AdminTextareaField
        id="article-dek"
        name="dek"
        label={f.dek}
        hint={f.dekHint}
        rows={2}
        value={values.dek}
        onChange={(e) => set("dek", e.target.value)}
        errors={errors.dek}
      />
      <ArticleBodyField
        lang={values.edition}
        value={values.body}
        onChange={(body) => set("body", body)}
        errors={errors.body}
        t={f}
        preview={preview}
        library={library ? { search: library, t: t.media.picker } : undefined}
      />
    </fieldset>
  );
}
