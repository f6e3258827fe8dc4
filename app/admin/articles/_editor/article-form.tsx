"use client";

import { type FormEvent, startTransition, useEffect, useRef, useState } from "react";
import type { LibrarySearch } from "@/components/admin/media-picker";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import type { ArticleFormState, SlugSuggestion } from "../schema";
import { ArticleAutosaveOffer } from "./article-autosave-offer";
import type { BodyPreview } from "./article-body-field";
import { ArticleConflict } from "./article-conflict";
import { ArticleContentFields } from "./article-content-fields";
import type {
  ArticleFormAutosave,
  ArticleFormOptions,
  ArticleFormValues,
  SetArticleField,
} from "./article-form-values";
import { type ArticleImage, ArticleImageField } from "./article-image-field";
import { ArticlePublishingFields } from "./article-publishing-fields";
import { ArticleSectionFields } from "./article-section-fields";
import { useArticleSave } from "./use-article-save";
import { useAutosave } from "./use-autosave";
import { useOtherVersions } from "./use-other-versions";
import { useSlugSuggestion } from "./use-slug-suggestion";

export type ArticleFormActions = {
  save: (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  preview: BodyPreview;
  suggestSlug: (title: string, edition: Edition, id: number | null) => Promise<SlugSuggestion>;
  library?: LibrarySearch;
};

type Props = {
  initial: ArticleFormValues;
  /** The version the form was opened at (null for a new story). */
  version: number | null;
  autosave: ArticleFormAutosave | null;
  image: ArticleImage | null;
  live: boolean;
  translationTitle: string | null;
  options: ArticleFormOptions;
  t: Dictionary["admin"];
  actions: ArticleFormActions;
};

// Every field is controlled and the form is submitted without a reset, so nothing typed is
// lost when a save is refused: errors appear next to their fields and the text stays.
export function ArticleForm({
  initial,
  version: openedAt,
  autosave,
  image,
  live,
  translationTitle,
  options,
  t,
  actions,
}: Props) {
  const [values, setValues] = useState(initial);
  const { state, send, pending, version, setVersion, baseline } = useArticleSave(actions.save, initial, openedAt);
  const { kept } = useAutosave({ articleId: initial.id ?? 0, version, values, baseline, paused: pending });
  const set: SetArticleField = (field, value) => setValues((v) => ({ ...v, [field]: value }));
  const slug = useSlugSuggestion({
    title: values.title,
    edition: values.edition,
    id: values.id,
    slug: values.slug,
    suggest: actions.suggestSlug,
    onSlug: (s) => set("slug", s),
  });
  const { offer, conflict, status, merge, restore, discard } = useOtherVersions({
    state,
    kept,
    autosave,
    articleId: initial.id ?? 0,
    setValues,
    setVersion,
    t: t.editing,
  });
  const errors = state.errors ?? {};
  const f = t.form;
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, the first field to fix gets the focus (its error is read with it).
  useEffect(() => {
    if (state.errors) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => send({ data, sent: values }));
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-6"
      aria-describedby="article-form-status"
    >
      {offer ? <ArticleAutosaveOffer found={offer} t={t.editing} onRestore={restore} onDiscard={discard} /> : null}
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <ArticleContentFields
        values={values}
        set={set}
        slug={slug}
        errors={errors}
        t={t}
        preview={actions.preview}
        library={actions.library}
      />
      <ArticleSectionFields values={values} set={set} options={options} errors={errors} t={f} />
      <ArticleImageField
        key={state.saves}
        image={image}
        alt={values.imageAlt}
        caption={values.imageCaption}
        onAlt={(v) => set("imageAlt", v)}
        onCaption={(v) => set("imageCaption", v)}
        errors={errors}
        t={f}
        tooLarge={t.errors.imageTooLarge}
        library={actions.library ? { search: actions.library, edition: values.edition, t: t.media.picker } : undefined}
      />
      <ArticlePublishingFields
        values={values}
        set={set}
        live={live}
        translationTitle={translationTitle}
        errors={errors}
        t={f}
      />
      <div className="flex flex-col gap-2">
        <FormStatus id="article-form-status" message={status.message} ok={status.ok} />
        {conflict ? <ArticleConflict key={conflict.version} conflict={conflict} t={t.editing} onMerge={merge} /> : null}
        <SubmitButton label={pending ? f.saving : f.save} pending={pending} />
      </div>
    </form>
  );
}
