"use client";

import Image from "next/image";
import { useRef, useState } from "react";
import type { Edition } from "@/db/schema";
import { type Dictionary, fill } from "@/lib/i18n";
import { paths } from "@/lib/paths";

export type LibraryItem = {
  id: number;
  path: string;
  width: number;
  height: number;
  altEn: string;
  altGu: string;
  fileName: string;
};
export type LibrarySearch = (
  query: string,
  page: number,
) => Promise<{ items: LibraryItem[]; more: boolean; message?: string }>;

type Props = {
  id: string;
  label: string;
  /** Whose words name the images: the story's edition. */
  lang: Edition;
  search: LibrarySearch;
  onPick: (item: LibraryItem, alt: string) => void;
  t: Dictionary["admin"]["media"]["picker"];
};

export const altFor = (item: LibraryItem, lang: Edition) => (lang === "gu" ? item.altGu : item.altEn);

// A modal <dialog> inside the article form: no nested form, so Enter in the search box searches
// instead of saving the story.
export function MediaPicker({ id, label, lang, search, onPick, t }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ items: LibraryItem[]; more: boolean; page: number; message?: string } | null>(
    null,
  );
  const [loading, setLoading] = useState(false);

  async function load(page: number) {
    setLoading(true);
    const result = await search(query, page);
    setFound((previous) => ({
      ...result,
      page,
      items: page > 1 && previous ? [...previous.items, ...result.items] : result.items,
    }));
    setLoading(false);
  }
  function open() {
    dialog.current?.showModal();
    void load(1);
  }
  function pick(item: LibraryItem) {
    dialog.current?.close();
    onPick(item, altFor(item, lang));
  }

  return (
    <>
      <button
        type="button"
        onClick={open}
        className="self-start rounded border border-line bg-paper px-3 py-1 font-semibold hover:bg-wash"
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(56rem,95vw)] rounded border border-line bg-paper p-4 backdrop:bg-black/50"
      >
        <div className="flex items-center justify-between gap-4">
          <h2 id={`${id}-title`} className="text-lg font-bold">
            {t.title}
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded border border-line px-3 py-1 font-semibold"
          >
            {t.close}
          </button>
        </div>
        <div role="search" className="mt-3 flex flex-wrap items-end gap-2">
          <label htmlFor={`${id}-query`} className="sr-only">
            {t.query}
          </label>
          <input
            id={`${id}-query`}
            type="search"
            value={query}
            placeholder={t.query}
            maxLength={100}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void load(1);
              }
            }}
            className="min-w-0 flex-1 rounded border border-line px-3 py-2"
          />
          <button
            type="button"
            onClick={() => void load(1)}
            className="rounded bg-brand px-4 py-2 font-semibold text-white"
          >
            {t.search}
          </button>
        </div>
        <p aria-live="polite" className="min-h-6 text-sm text-muted">
          {loading ? t.loading : (found?.message ?? (found && found.items.length === 0 ? t.none : ""))}
        </p>
        <ul className="grid max-h-[60vh] grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-4">
          {found?.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => pick(item)}
                aria-label={fill(t.use, { name: altFor(item, lang) || item.fileName })}
                className="flex w-full flex-col gap-1 rounded border border-line p-1 text-left hover:border-brand"
              >
                <Image
                  src={paths.media(item.path)}
                  alt=""
                  width={item.width}
                  height={item.height}
                  sizes="200px"
                  className="aspect-video h-auto w-full rounded object-cover"
                />
                <span className="line-clamp-2 text-xs">{altFor(item, lang) || item.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
        {found?.more ? (
          <button
            type="button"
            onClick={() => void load(found.page + 1)}
            className="mt-3 rounded border border-line px-3 py-1 font-semibold"
          >
            {t.more}
          </button>
        ) : null}
      </dialog>
    </>
  );
}
