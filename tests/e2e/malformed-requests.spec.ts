import { expect, test } from "@playwright/test";
import http from "node:http";

// Requests Next.js 16.4 would answer with a 500 (vercel/next.js#92527 and friends); the front
// server in server/request-guard.ts answers them first. Sent raw: a browser would tidy the URL.
function raw(baseURL: string, method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const request = http.request({ host: hostname, port, method, path, headers }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

test("malformed percent-escapes get a 400 page in the edition's language, never a 500", async ({ baseURL }) => {
  for (const path of [
    "/en/article/%ZZ",
    "/%",
    "/media/%ZZ.jpg",
    "/api/auth/%ZZ",
    "/sitemaps/articles/%ZZ.xml",
    "/en/article/%E0%A4%A",
    "/gu/category/%E0%A4",
  ]) {
    const response = await raw(baseURL!, "GET", path);
    expect(response.status, path).toBe(400);
    expect(response.body, path).toContain(`lang="${path.startsWith("/en") ? "en" : "gu"}"`);
  }
});

test("OPTIONS * is answered, not an error", async ({ baseURL }) => {
  expect((await raw(baseURL!, "OPTIONS", "*")).status).toBe(204);
});

test("a form post over the size limit gets 413", async ({ baseURL }) => {
  const response = await raw(
    baseURL!,
    "POST",
    "/en/article/ahmedabad-metro-phase-two-opens",
    { "content-type": "text/plain", "content-length": String(7 * 1024 * 1024), "next-action": "x" },
    "",
  );
  expect(response.status).toBe(413);
});

test("a server action posted from another site is refused with 403", async ({ baseURL }) => {
  const response = await raw(
    baseURL!,
    "POST",
    "/en",
    {
      origin: "https://evil.example",
      "next-action": "0".repeat(42),
      "content-type": "text/plain",
      "content-length": "2",
    },
    "[]",
  );
  expect(response.status).toBe(403);
});

test("a signed-in reader sent to sign-in with a raw Gujarati return address goes back there, not to an error", async ({
  page,
}) => {
  const { CommentThreadPage } = await import("../helpers/comment-thread");
  await new CommentThreadPage(page).signIn(
    { email: "reader@khabarsetu.test", password: "reader-demo-password" },
    "/gu",
  );
  const response = await page.goto(
    "/gu/sign-in?next=/gu/article/ahmedabad-metro-bijo-tabakko-gandhinagar-sudhi%23ટિપ્પણી",
  );
  expect(response!.status()).toBe(200);
  await expect(page).toHaveURL(/\/gu\/article\/ahmedabad-metro-bijo-tabakko-gandhinagar-sudhi/);
});

test("malformed arguments to the comment, account and newsroom actions get an answer, never a 500", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const { listActions, postActionArguments, postFormAction } = await import("../helpers/server-action");
  const { databaseChecksum, Newsroom } = await import("../helpers/newsroom");
  // Signed in as an admin, so every guard lets the call through to the part that reads the arguments.
  const context = await browser.newContext({ baseURL });
  await new Newsroom(await context.newPage()).signIn(
    { email: "admin@khabarsetu.test", password: "admin-demo-password" },
    "/admin",
  );
  const request = context.request;
  const actions = listActions().filter(({ name }) => /^app\/(\(site\)|admin)\//.test(name));
  expect(actions.map((a) => a.name)).toEqual(
    expect.arrayContaining([
      "app/(site)/[lang]/article/[slug]/actions.ts#postComment",
      "app/(site)/[lang]/(account)/account/actions.ts#changeDisplayName",
      "app/admin/articles/actions.ts#saveArticle",
      "app/admin/settings/actions.ts#saveModerationSettings",
    ]),
  );

  // Every field some action reads, each one wrong: wrong types, unknown choices, a bad token and form stamp.
  const wrong = {
    lang: "xx",
    slug: "",
    id: "abc",
    articleId: "-1",
    commentId: "1.5",
    revisionId: "x",
    ids: "none",
    row: "explode:1",
    intent: "explode",
    title: "",
    body: "",
    name: "",
    email: "not-an-email",
    password: "",
    currentPassword: "",
    newPassword: "",
    token: "short",
    role: "emperor",
    days: "many",
    trusted: "maybe",
    direction: "sideways",
    nameEn: "",
    nameGu: "",
    maxLinks: "lots",
    shortcuts: "sideways",
    stamp: "forged",
    reason: "because",
    edition: "xx",
    status: "whatever",
  };
  const huge = "ક".repeat(150_000);
  const oversized = {
    ...wrong,
    title: huge,
    body: huge,
    name: huge,
    email: `${huge}@example.com`,
    password: huge,
    newPassword: huge,
    bannedWords: huge,
    note: huge,
  };
  const notForms: unknown[] = [
    ["a string instead of a form"],
    [{}, "a string instead of a form"],
    [{}, 42],
    [],
    [null, null],
    [{}, { title: "an object" }],
  ];

  const switchesOnly = ["#changeKeyboardShortcuts", "#changeMailSettings"];
  const before = databaseChecksum();
  const problems: string[] = [];
  for (const action of actions) {
    // Signing out is this button's whole job, whatever its form says.
    if (action.name.endsWith("#signOutEverywhere")) continue;
    const answers = [
      ...(await Promise.all(notForms.map((args) => postActionArguments(request, action.page, action.id, args)))),
      // An unticked checkbox sends nothing, so for a form of switches only, any form without them is a
      // real answer ("all off") and is saved: those get only the arguments that are not forms at all.
      ...(switchesOnly.some((name) => action.name.endsWith(name))
        ? []
        : [
            await postFormAction(request, action.page, action.id, {}),
            await postFormAction(request, action.page, action.id, wrong),
            await postFormAction(request, action.page, action.id, oversized),
          ]),
    ];
    answers.forEach((response, i) => {
      if (response.status() >= 500) problems.push(`${action.name} (call ${i + 1}): ${response.status()}`);
      if (response.headers()["x-nextjs-action-not-found"] === "1")
        problems.push(`${action.name}: not found on ${action.page}`);
    });
  }
  expect(problems).toEqual([]);
  expect(databaseChecksum()).toBe(before);
  await context.close();
});

test("an action's argument text that is not JSON gets a 400, not Next's 500", async ({ request }) => {
  const { commentAction } = await import("../helpers/server-action");
  for (const body of ["{{{not json", "[1,2", '["$Q1"'])
    expect(
      (
        await request.post("/en/article/ahmedabad-metro-phase-two-opens", {
          headers: {
            "Next-Action": commentAction("postComment"),
            Accept: "text/x-component",
            "Content-Type": "text/plain;charset=UTF-8",
          },
          data: body,
        })
      ).status(),
    ).toBe(400);
});

test("an action's arguments that point at parts never sent get a 400, as text or as a form", async ({ request }) => {
  const { commentAction } = await import("../helpers/server-action");
  const page = "/en/article/ahmedabad-metro-phase-two-opens";
  const headers = { "Next-Action": commentAction("postComment"), Accept: "text/x-component" };
  for (const body of ['["$Q1"]', '["$F1"]', '["$B1"]', '"$T"', '["$1:a"]']) {
    const asText = await request.post(page, {
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
      data: body,
    });
    expect(asText.status(), body).toBe(400);
    const asForm = new FormData();
    asForm.append("0", body);
    expect((await request.post(page, { headers, multipart: asForm })).status(), body).toBe(400);
  }
});
