import type { APIRequestContext } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

type ActionEntry = { filename?: string; exportedName?: string };

/** A server action's id in the test build, looked up by file and export name. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"), "utf8")) as
    { node: Record<string, ActionEntry> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
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
  return request.post(page, { headers: { "Next-Action": id, Accept: "text/x-component" }, maxRedirects: 0, multipart: form });
}

export const commentAction = (name: "postComment" | "editComment" | "deleteComment" | "reportComment") =>
  actionId("app/(site)/[lang]/article/[slug]/actions.ts", name);
