"use client";

import { AdminCheckbox } from "@/components/admin/admin-checkbox";
import { TextField } from "@/components/text-field";
import type { Dictionary } from "@/lib/i18n";
import type { ArticleField } from "../schema";
import type { ArticleFormValues, SetArticleField } from "./article-form-values";

type Props = {
  values: ArticleFormValues;
  set: SetArticleField;
  live: boolean;
  translationTitle: string | null;
  errors: Partial<Record<ArticleField, string[]>>;
  t: Dictionary["admin"]["form"];
};

const statuses = ["draft", "scheduled", "published"] as const;

export function ArticlePublishingFields({ values, set, live, translationTitle, errors, t }: Props) {
  // The linked story is in the other edition: its title is marked with that language.
  const linkedNow = t.translationNow.split("{title}");
  const label = { draft: t.statusDraft, scheduled: t.statusScheduled, published: t.statusPublished };
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-line bg-paper p-4">
      <legend className="px-1 text-lg font-bold">{t.publishing}</legend>
      <fieldset className="flex flex-col gap-1" aria-describedby={errors.status ? "article-status-error" : undefined}>
        <legend className="font-semibold">{t.status}</legend>
        {statuses.map((status) => (
          <label key={status} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="status"
              value={status}
              checked={values.status === status}
              onChange={() => set("status", status)}
              className="accent-brand"
            />
            {label[status]}
          </label>
        ))}
        {errors.status ? (
          <p id="article-status-error" className="text-sm font-semibold text-brand">
            {errors.status[0]}
          </p>
        ) : null}
      </fieldset>
      {values.status === "scheduled" ? (
        <TextField
          id="article-publish-at"
          name="publishAt"
          type="datetime-local"
          step={1}
          label={t.publishAt}
          value={values.publishAt}
          onChange={(e) => set("publishAt", e.target.value)}
          errors={errors.publishAt}
          className="max-w-xs"
        />
      ) : null}
      <AdminCheckbox
        id="article-breaking"
        name="breaking"
        label={t.breaking}
        checked={values.breaking}
        onChange={(e) => set("breaking", e.target.checked)}
      />
      {values.breaking ? (
        <TextField
          id="article-breaking-until"
          name="breakingUntil"
          type="datetime-local"
          label={t.breakingUntil}
          hint={t.breakingUntilHint}
          value={values.breakingUntil}
          onChange={(e) => set("breakingUntil", e.target.value)}
          errors={errors.breakingUntil}
          className="max-w-xs"
        />
      ) : null}
      <AdminCheckbox
        id="article-featured"
        name="featured"
        label={t.featured}
        checked={values.featured}
        onChange={(e) => set("featured", e.target.checked)}
      />
      <AdminCheckbox
        id="article-comments-open"
        name="commentsOpen"
        label={t.commentsOpen}
        checked={values.commentsOpen}
        onChange={(e) => set("commentsOpen", e.target.checked)}
      />
      <TextField
        id="article-translation"
        name="translationSlug"
        label={t.translation}
        hint={
          translationTitle ? (
            <>
              {t.translationHint} {linkedNow[0]}
              <span lang={values.edition === "gu" ? "en" : "gu"}>{translationTitle}</span>
              {linkedNow[1]}
            </>
          ) : (
            t.translationHint
          )
        }
        value={values.translationSlug}
        onChange={(e) => set("translationSlug", e.target.value)}
        errors={errors.translationSlug}
        autoCapitalize="none"
        spellCheck={false}
      />
      {live ? <AdminCheckbox id="article-minor" name="minorCorrection" label={t.minorCorrection} /> : null}
    </fieldset>
  );
}
