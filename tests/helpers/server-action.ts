import type { APIRequestContext } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

type ActionEntry = { filename?: string; exportedName?: string };

/** A server action's id in the test build, looked up by file and export name. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, ActionEntry> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${file}#${exportedName} in the build`);
  return found[0];
}

/**
 * Calls a form action directly, as (previousState, formData) the way useActionState does: what
 * an attacker or a script can always do, whatever the page shows.
 */
export function postFormAction(request: APIRequestContext, page: string, id: string, fields: Record<string, string>) {
  // React's reply encoding as a browser sends it: the FormData argument's fields first, as
  // "_1_<name>", then field "0" with the argument list naming it "$K1". The order matters.
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", JSON.stringify([{}, "$K1"]));
  return request.post(page, {
    headers: { "Next-Action": id, Accept: "text/x-component" },
    maxRedirects: 0,
    multipart: form,
  });
}

export const commentAction = (name: "postComment" | "editComment" | "deleteComment" | "reportComment") =>
  actionId("app/(site)/[lang]/article/[slug]/actions.ts", name);

type ManifestEntry = ActionEntry & { workers: Record<string, unknown> };

/** Every server action in the test build: its id, "file#export" name, and a page that serves it. */
export function listActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const route = (Object.keys(entry.workers)[0] ?? "app/[lang]/page")
      .replace(/^app/, "")
      .replace(/\/(page|route)$/, "");
    const page = route
      .split("/")
      .filter((part) => part && !/^\(.*\)$/.test(part))
      .map((part) => (part === "[lang]" ? "en" : /^\[.*\]$/.test(part) ? "1" : part))
      .join("/");
    return { id, name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`, page: `/${page}` };
  });
}

/** Calls an action with an argument list of our choosing, JSON-encoded as React does for plain values. */
export function postActionArguments(request: APIRequestContext, page: string, id: string, args: unknown) {
  return request.post(page, {
    headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}
