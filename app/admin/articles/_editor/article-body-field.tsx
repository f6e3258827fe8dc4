"use client";

import { useEffect, useState } from "react";
import { AdminTextareaField } from "@/components/admin/admin-textarea-field";
import { type LibraryItem, type LibrarySearch, MediaPicker } from "@/components/admin/media-picker";
import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { withImageAt } from "@/lib/markdown-image";

/** Renders a body as readers will see it (on the server, with the portal's own Markdown). */
export type BodyPreview = (body: string) => Promise<{ html: string; message?: string }>;

type Props = {
  lang: Edition;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  t: Dictionary["admin"]["form"];
  preview: BodyPreview;
  library?: { search: LibrarySearch; t: Dictionary["admin"]["media"]["picker"] };
};

// The preview is rendered on the server by the same renderMarkdown readers get, once the
// editor pauses typing (not once per key).
export function ArticleBodyField({ lang, value, onChange, errors, t, preview, library }: Props) {
  const [html, setHtml] = useState("");
  const [updating, setUpdating] = useState(false);
  const [inserted, setInserted] = useState(false);
  function insert(item: LibraryItem, alt: string) {
    const area = document.getElementById("article-body") as HTMLTextAreaElement | null;
    const next = withImageAt(value, area?.selectionStart ?? value.length, item, alt);
    onChange(next.body);
    setInserted(true);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  }

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(async () => {
      setUpdating(true);
      const result = value.trim() ? await preview(value) : { html: "" };
      if (stale) return;
      setHtml(result.message ? "" : result.html);
      setUpdating(false);
    }, 400);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [value, preview]);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="flex flex-col gap-2">
        <AdminTextareaField
          id="article-body"
          name="body"
          label={t.body}
          hint={t.bodyHint}
          rows={18}
          value={value}
          onChange={(e) => {
            setInserted(false);
            onChange(e.target.value);
          }}
          errors={errors}
        />
        {library ? (
          <div className="flex flex-wrap items-center gap-3">
            <MediaPicker
              id="inline-picker"
              label={library.t.insert}
              lang={lang}
              search={library.search}
              onPick={insert}
              t={library.t}
            />
            <p aria-live="polite" className="text-sm text-muted">
              {inserted ? library.t.inserted : ""}
            </p>
          </div>
        ) : null}
      </div>
      <section aria-labelledby="article-preview-heading" className="flex flex-col gap-1">
        <h2 id="article-preview-heading" className="font-semibold">
          {t.preview}
        </h2>
        <p className="min-h-5 text-sm text-muted" aria-live="polite">
          {updating ? t.previewUpdating : ""}
        </p>
        <div lang={lang} className="max-h-[32rem] overflow-y-auto rounded border border-line bg-paper p-4">
          {html ? (
            <div className="prose-article" dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <p className="text-muted">{t.previewEmpty}</p>
          )}
        </div>
      </section>
    </div>
  );
}
