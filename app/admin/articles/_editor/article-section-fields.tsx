"use client";

import { AdminSelectField } from "@/components/admin/admin-select-field";
import type { Dictionary } from "@/lib/i18n";
import type { ArticleField } from "../schema";
import type { ArticleFormOptions, ArticleFormValues, SetArticleField } from "./article-form-values";
import { ArticleTagsField } from "./article-tags-field";

type Props = {
  values: ArticleFormValues;
  set: SetArticleField;
  options: ArticleFormOptions;
  errors: Partial<Record<ArticleField, string[]>>;
  t: Dictionary["admin"]["form"];
};

/** Where the story is filed: its section, its author and its tags (suggested from the edition's own). */
export function ArticleSectionFields({ values, set, options, errors, t }: Props) {
  return (
    <fieldset className="grid gap-4 rounded border border-line bg-paper p-4 md:grid-cols-2">
      <AdminSelectField
        id="article-section"
        name="categoryId"
        label={t.section}
        value={values.categoryId}
        onChange={(e) => set("categoryId", e.target.value)}
        options={options.sections.map((s) => ({ value: String(s.id), label: s.name }))}
        errors={errors.categoryId}
      />
      <AdminSelectField
        id="article-author"
        name="authorId"
        label={t.author}
        value={values.authorId}
        onChange={(e) => set("authorId", e.target.value)}
        options={options.people.map((p) => ({ value: String(p.id), label: p.name }))}
        errors={errors.authorId}
      />
      <div className="md:col-span-2">
        <ArticleTagsField
          value={values.tags}
          onChange={(tags) => set("tags", tags)}
          suggestions={options.tagSuggestions[values.edition]}
          errors={errors.tags}
          t={t}
        />
      </div>
    </fieldset>
  );
}
