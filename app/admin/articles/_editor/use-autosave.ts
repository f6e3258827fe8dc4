"use client";

import { useEffect, useRef, useState } from "react";
import type { ArticleFormValues } from "./article-form-values";

const url = "/api/admin/autosave";
const everyMs = 3_000;

type Options = {
  articleId: number;
  version: number | null;
  values: ArticleFormValues;
  baseline: ArticleFormValues;
  paused: boolean;
};

/**
 * Keeps the editor's unsaved work privately on the server: every few seconds while it differs from
 * what was last saved, and once more by beacon when the tab is hidden or closed. Warns before leaving.
 */
export function useAutosave({ articleId, version, values, baseline, paused }: Options) {
  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  // The server's schema drops the id from the values; the story is named by articleId.
  const payload = JSON.stringify({ articleId, baseVersion: version, values });
  const latest = useRef({ payload, dirty, paused });
  const lastSent = useRef<string | null>(null);
  const [kept, setKept] = useState<string | null>(null);

  useEffect(() => {
    latest.current = { payload, dirty, paused };
  }, [payload, dirty, paused]);

  useEffect(() => {
    // Paused while a save is on its way: the save itself clears the autosave.
    const pending = () => latest.current.dirty && !latest.current.paused && latest.current.payload !== lastSent.current;
    const send = async () => {
      if (!pending()) return;
      const body = latest.current.payload;
      lastSent.current = body;
      try {
        const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body });
        if (response.ok) setKept(body);
      } catch {
        lastSent.current = null;
      }
    };
    const beacon = () => {
      if (pending() && navigator.sendBeacon(url, new Blob([latest.current.payload], { type: "application/json" })))
        lastSent.current = latest.current.payload;
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") beacon();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!latest.current.dirty) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const timer = setInterval(send, everyMs);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", beacon);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", beacon);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, []);

  return { dirty, kept: dirty && kept === payload };
}

/** Throws the private autosave away (the editor chose not to restore it). */
export async function discardAutosave(articleId: number) {
  await fetch(url, {
    method: "DELETE",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ articleId }),
  });
}
