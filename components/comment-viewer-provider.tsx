"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import type { Edition } from "@/db/schema";
import type { StateAction } from "@/lib/form-state";
import type { Viewer } from "@/lib/comments/viewer";
import type { Dictionary } from "@/lib/i18n";

type CommentAction = StateAction<"body" | "reason" | "note">;

export type CommentActionSet = {
  post: CommentAction;
  edit: CommentAction;
  remove: CommentAction;
  report: CommentAction;
};

type Shared = {
  lang: Edition;
  slug: string;
  articleId: number;
  text: Dictionary["comments"];
  actions: CommentActionSet;
  maxLength: number;
};
type Value = Shared & { viewer: Viewer | null; reload: () => void };

const ViewerContext = createContext<Value | null>(null);

export function useCommentViewer(): Value {
  const value = useContext(ViewerContext);
  if (!value) throw new Error("useCommentViewer outside CommentViewerProvider");
  return value;
}

/**
 * The cached page is the same for everybody; this asks /api/viewer who is reading and
 * lets the form, the reader's pending comments and the per-comment controls draw themselves.
 */
export function CommentViewerProvider({ children, ...shared }: Shared & { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/viewer?article=${shared.articleId}`, { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Viewer>) : null))
      .then((value) => value && setViewer(value))
      .catch(() => {});
    return () => controller.abort();
  }, [shared.articleId, version]);
  return <ViewerContext.Provider value={{ ...shared, viewer, reload }}>{children}</ViewerContext.Provider>;
}
