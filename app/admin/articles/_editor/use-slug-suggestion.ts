"use client";

import { useEffect, useRef, useState } from "react";
import type { Edition } from "@/db/schema";
import type { SlugSuggestion } from "../schema";

type Options = {
  title: string;
  edition: Edition;
  id: number | null;
  slug: string;
  suggest: (title: string, edition: Edition, id: number | null) => Promise<SlugSuggestion>;
  onSlug: (slug: string) => void;
};

/**
 * Keeps the slug made from the headline (transliterated on the server by the same slugify
 * the portal uses) until the editor types their own; an existing article keeps its slug.
 * Debounced, so typing a headline costs one request per pause, not one per key.
 */
export function useSlugSuggestion({ title, edition, id, slug, suggest, onSlug }: Options) {
  const [own, setOwn] = useState(id !== null && slug !== "");
  const [taken, setTaken] = useState(false);
  const onSlugRef = useRef(onSlug);
  useEffect(() => {
    onSlugRef.current = onSlug;
  });

  useEffect(() => {
    if (own || !title.trim()) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await suggest(title, edition, id);
      if (stale) return;
      onSlugRef.current(result.slug);
      setTaken(result.taken);
    }, 300);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [own, title, edition, id, suggest]);

  function edit(value: string) {
    setOwn(value.trim() !== "");
    setTaken(false);
    onSlugRef.current(value);
  }

  return { taken: !own && taken, edit };
}
