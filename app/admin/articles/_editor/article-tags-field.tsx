"use client";

import { TextField } from "@/components/text-field";
import { type Dictionary, fill } from "@/lib/i18n";

type Props = {
  value: string;
  onChange: (value: string) => void;
  suggestions: string[];
  errors?: string[];
  t: Dictionary["admin"]["form"];
};

/** Tags typed with commas; existing tags of the edition matching the last one being typed are offered as buttons. */
export function ArticleTagsField({ value, onChange, suggestions, errors, t }: Props) {
  const parts = value.split(",");
  const typing = (parts.at(-1) ?? "").trim().toLowerCase();
  const chosen = new Set(parts.map((part) => part.trim().toLowerCase()).filter(Boolean));
  const offered = suggestions
    .filter((tag) => !chosen.has(tag.toLowerCase()) && (!typing || tag.toLowerCase().includes(typing)))
    .slice(0, 8);

  function add(tag: string) {
    const kept = parts
      .slice(0, -1)
      .map((part) => part.trim())
      .filter(Boolean);
    onChange(`${[...kept, tag].join(", ")}, `);
  }

  return (
    <div className="flex flex-col gap-2">
      <TextField
        id="article-tags"
        name="tags"
        label={t.tags}
        hint={t.tagsHint}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        errors={errors}
        autoComplete="off"
      />
      {offered.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">{t.suggestions}:</span>
          {offered.map((tag) => (
            <button
              key={tag}
              type="button"
              onClick={() => add(tag)}
              aria-label={fill(t.addTag, { tag })}
              className="rounded-full border border-line px-3 py-1 hover:border-brand hover:text-brand"
            >
              + {tag}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
