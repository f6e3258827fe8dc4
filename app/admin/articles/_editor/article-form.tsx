"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { AdminSelectField } from "@/components/admin/admin-select-field";
import { AdminTextareaField } from "@/components/admin/admin-textarea-field";
import type { LibrarySearch } from "@/components/admin/media-picker";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import type { ArticleFormState, SlugSuggestion } from "../schema";
import { type FoundAutosave, ArticleAutosaveOffer } from "./article-autosave-offer";
import { ArticleBodyField } from "./article-body-field";
import { ArticleConflict } from "./article-conflict";
import { type ArticleImage, ArticleImageField } from "./article-image-field";
import { ArticlePublishingFields } from "./article-publishing-fields";
import { ArticleTagsField } from "./article-tags-field";
import { discardAutosave, useAutosave } from "./use-autosave";
import { useSlugSuggestion } from "./use-slug-suggestion";

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

export type ArticleFormOptions = {
  sections: { id: number; name: string }[];
  people: { id: number; name: string }[];
  tagSuggestions: Record<Edition, string[]>;
};

export type ArticleFormActions = {
  save: (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  preview: (body: string) => Promise<{ html: string; message?: string }>;
  suggestSlug: (title: string, edition: Edition, id: number | null) => Promise<SlugSuggestion>;
  library?: LibrarySearch;
};

/** The editor's own private autosave of this story, offered for restoring. */
export type ArticleFormAutosave = FoundAutosave & { values: Omit<ArticleFormValues, "id">; baseVersion: number | null };

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
  const [version, setVersion] = useState(openedAt);
  const [baseline, setBaseline] = useState(initial);
  const [offer, setOffer] = useState(autosave);
  const [notice, setNotice] = useState<{ after: ArticleFormState; text: string } | null>(null);
  // `saves` counts successful saves: the image field starts afresh after each one. A successful save
  // also moves the version the form edits from, and what counts as unsaved.
  const save = async (
    previous: ArticleFormState & { saves: number },
    { data, sent }: { data: FormData; sent: ArticleFormValues },
  ) => {
    const next = await actions.save(previous, data);
    if (next.ok && next.version) {
      setVersion(next.version);
      setBaseline(sent);
    }
    return { ...next, saves: previous.saves + (next.ok ? 1 : 0) };
  };
  const [state, formAction, pending] = useActionState(save, { saves: 0 });
  const { kept } = useAutosave({ articleId: initial.id ?? 0, version, values, baseline, paused: pending });
  const set = <K extends keyof ArticleFormValues>(field: K, value: ArticleFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const slug = useSlugSuggestion({
    title: values.title,
    edition: values.edition,
    id: values.id,
    slug: values.slug,
    suggest: actions.suggestSlug,
    onSlug: (s) => set("slug", s),
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
    startTransition(() => formAction({ data, sent: values }));
  }

  const conflict = state.conflict && notice?.after !== state ? state.conflict : null;
  function merge() {
    if (!state.conflict) return;
    setValues((v) => ({ ...v, ...state.conflict!.theirs }));
    setVersion(state.conflict.version);
    setNotice({ after: state, text: t.editing.merged });
  }
  function restore() {
    if (!offer) return;
    setValues((v) => ({ ...v, ...offer.values }));
    if (offer.baseVersion !== null) setVersion(offer.baseVersion);
    setOffer(null);
    setNotice({ after: state, text: t.editing.restored });
  }
  function discard() {
    void discardAutosave(initial.id ?? 0);
    setOffer(null);
    setNotice({ after: state, text: t.editing.discarded });
  }
  const status =
    notice?.after === state
      ? { message: notice.text, ok: true }
      : { message: state.message ?? (kept ? t.editing.autosaved : undefined), ok: state.message ? state.ok : kept };

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
          preview={actions.preview}
          library={actions.library ? { search: actions.library, t: t.media.picker } : undefined}
        />
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-line bg-paper p-4 md:grid-cols-2">
        <AdminSelectField
          id="article-section"
          name="categoryId"
          label={f.section}
          value={values.categoryId}
          onChange={(e) => set("categoryId", e.target.value)}
          options={options.sections.map((s) => ({ value: String(s.id), label: s.name }))}
          errors={errors.categoryId}
        />
        <AdminSelectField
          id="article-author"
          name="authorId"
          label={f.author}
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
            t={f}
          />
        </div>
      </fieldset>
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
