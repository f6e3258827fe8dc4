import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { en } from "../../lib/i18n/en";
import { gu } from "../../lib/i18n/gu";
import { databaseChecksum, demoCommenter, Newsroom } from "../helpers/newsroom";

// Generated from the production build itself: every /admin page and route handler in the
// app-paths manifest, every server action in the server-reference manifest. A page or an
// action added later without its own access check makes this spec fail; nothing here is a
// hand-kept list except the actions commenters and strangers may legitimately call.

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const readManifest = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(path.join(distDir, "server", file), "utf8")) as T;

/** Actions a commenter (or a stranger) is allowed to reach: each checks its own caller and what they may change. */
const callableByReaders = new Set([
  "app/(site)/[lang]/article/[slug]/actions.ts#postComment",
  "app/(site)/[lang]/article/[slug]/actions.ts#editComment",
  "app/(site)/[lang]/article/[slug]/actions.ts#deleteComment",
  "app/(site)/[lang]/article/[slug]/actions.ts#reportComment",
  "app/(site)/[lang]/(account)/sign-in/actions.ts#signInWithPassword",
  "app/(site)/[lang]/(account)/sign-in/actions.ts#signInWithProvider",
  "app/(site)/[lang]/(account)/sign-up/actions.ts#signUp",
  "app/(site)/[lang]/(account)/sign-up/confirm/actions.ts#confirmSignUp",
  "app/(site)/[lang]/(account)/forgot-password/actions.ts#requestPasswordReset",
  "app/(site)/[lang]/(account)/reset-password/actions.ts#resetPassword",
  "app/(site)/[lang]/(account)/account/actions.ts#changeDisplayName",
  "app/(site)/[lang]/(account)/account/actions.ts#changePassword",
  "app/(site)/[lang]/(account)/account/actions.ts#signOutEverywhere",
  "app/(site)/[lang]/(account)/account/mail-settings-actions.ts#changeMailSettings",
  // Guarded by the signed link in the mail instead of a session (tests/unit/unsubscribe-link.test.ts).
  "app/(site)/[lang]/(account)/unsubscribe/actions.ts#unsubscribeFromMail",
]);

/** A URL for a route pattern: sample values for its dynamic segments, route groups dropped. */
function samplePath(route: string): string {
  const url = route
    .split("/")
    .filter((part) => part && !/^\(.*\)$/.test(part))
    .map((part) => (part === "[lang]" ? "en" : /^\[\[?\.\.\./.test(part) ? "x" : /^\[.*\]$/.test(part) ? "1" : part))
    .join("/");
  return `/${url}`;
}

const appPaths = readManifest<Record<string, string>>("app-paths-manifest.json");
const adminRoutes = Object.keys(appPaths)
  .filter((key) => key.startsWith("/admin") && (key.endsWith("/page") || key.endsWith("/route")))
  .map((key) => ({
    kind: key.endsWith("/page") ? "page" : "route",
    path: samplePath(key.replace(/\/(page|route)$/, "")),
  }));

type ActionEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
const references = readManifest<{ node: Record<string, ActionEntry>; edge: Record<string, ActionEntry> }>(
  "server-reference-manifest.json",
);
const actions = Object.entries({ ...references.node, ...references.edge }).map(([id, entry]) => ({
  id,
  name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`,
  page: samplePath(
    Object.keys(entry.workers)[0]
      ?.replace(/^app/, "")
      .replace(/\/(page|route)$/, "") ?? "/en",
  ),
}));
const guarded = actions.filter((action) => !callableByReaders.has(action.name));

/** The sentences an action answers a refused caller with (auth/access.ts refusalMessage, either language). */
const refusals = [en, gu].flatMap((dict) => Object.values(dict.account.accessDenied));

/** Refused: a 401/403 (also when it travels inside a 200 Flight answer), a redirect to sign in, or the action's own refusal sentence. A 500 or a validation error is not a refusal. */
async function refusal(response: APIResponse): Promise<string | null> {
  const status = response.status();
  if (status === 401 || status === 403) return null;
  const redirect = response.headers()["x-action-redirect"] ?? response.headers().location ?? "";
  if (/^\/(en|gu)\/sign-in/.test(redirect)) return null;
  const body = await response.text();
  if (/"digest":"NEXT_HTTP_ERROR_FALLBACK;40[13]"/.test(body)) return null;
  if (refusals.some((sentence) => body.includes(sentence))) return null;
  return `status ${status}, body ${body.slice(0, 200).replace(/\s+/g, " ")}`;
}

const probeFields = {
  id: "1",
  articleId: "1",
  commentId: "1",
  revisionId: "1",
  ids: "1",
  intent: "approve",
  title: "Access probe",
  body: "Access probe",
  lang: "en",
};

/**
 * Posts an action id the way Next's client does (React's reply encoding): a multipart form
 * whose field "0" lists the arguments, with a FormData argument's fields prefixed "_1_" — once as
 * (formData), once as (previousState, formData) like useActionState — and a plain JSON argument list.
 */
async function callAction(request: APIRequestContext, target: string, id: string) {
  const headers = { "Next-Action": id, Accept: "text/x-component" };
  const responses: APIResponse[] = [];
  for (const args of [["$K1"], [{}, "$K1"]]) {
    // The fields must come before "0", as a browser sends them: React reads the FormData when "0" arrives.
    const multipart = new FormData();
    for (const [name, value] of Object.entries(probeFields)) multipart.append(`_1_${name}`, value);
    multipart.append("0", JSON.stringify(args));
    responses.push(await request.post(target, { headers, maxRedirects: 0, multipart }));
  }
  responses.push(
    await request.post(target, {
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
      data: JSON.stringify(["1", "en", 1]),
      maxRedirects: 0,
    }),
  );
  return responses;
}

test("the build has newsroom pages and actions to check", () => {
  expect(adminRoutes.map((r) => r.path)).toEqual(
    expect.arrayContaining(["/admin", "/admin/articles", "/admin/articles/new", "/admin/articles/1"]),
  );
  expect(guarded.map((a) => a.name)).toEqual(
    expect.arrayContaining([
      "app/admin/articles/actions.ts#saveArticle",
      "app/admin/articles/actions.ts#deleteArticle",
    ]),
  );
});

for (const caller of ["anonymous", "commenter"] as const) {
  test.describe(`${caller === "anonymous" ? "a signed-out stranger" : "a signed-in commenter"}`, () => {
    let request: APIRequestContext;

    test.beforeAll(async ({ browser }) => {
      if (caller === "anonymous") {
        request = await playwrightRequest.newContext({ baseURL });
        return;
      }
      const context = await browser.newContext({ baseURL });
      await new Newsroom(await context.newPage()).signIn(demoCommenter, "/en/account");
      request = context.request;
    });

    for (const route of adminRoutes) {
      test(`is refused at ${route.kind} ${route.path}`, async () => {
        const response = await request.get(route.path, { maxRedirects: 0 });
        if (caller === "anonymous" && route.kind === "page") {
          expect(response.status()).toBe(307);
          const location = new URL(response.headers().location, "http://portal.test");
          expect(location.pathname).toMatch(/^\/(en|gu)\/sign-in$/);
          expect(location.searchParams.get("next")).toBe(route.path);
        } else {
          expect([401, 403, 307, 303]).toContain(response.status());
          expect(await response.text()).not.toContain('name="title"');
        }
      });
    }

    for (const action of guarded) {
      test(`is refused by ${action.name}, posted to a public page and to ${action.page}`, async () => {
        const before = databaseChecksum();
        const problems: string[] = [];
        for (const target of [...new Set(["/en", action.page])]) {
          for (const response of await callAction(request, target, action.id)) {
            const notFound = response.headers()["x-nextjs-action-not-found"] === "1";
            if (notFound && target === action.page)
              problems.push(`${target}: the action was not found on its own page`);
            if (notFound) continue;
            const problem = await refusal(response);
            if (problem) problems.push(`${target}: ${problem}`);
          }
        }
        expect(problems).toEqual([]);
        expect(databaseChecksum()).toBe(before);
      });
    }
  });
}
