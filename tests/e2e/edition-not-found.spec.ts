import { expect, test } from "@playwright/test";

/** The raw HTML the server sends, as a crawler or a reader without JavaScript gets it. */
async function served(request: import("@playwright/test").APIRequestContext, path: string) {
  const response = await request.get(path);
  const html = await response.text();
  return {
    status: response.status(),
    lang: html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? null,
    title: html.match(/<title>([^<]*)<\/title>/)?.[1] ?? null,
    robots: [...html.matchAll(/<meta name="robots" content="([^"]*)"/g)].map((m) => m[1]),
    html,
  };
}

const drawnOnServer = [
  { path: "/gu/no-such-page", lang: "gu", title: "પાનું મળ્યું નથી | ખબર સેતુ", heading: "પાનું મળ્યું નથી", search: "તેના બદલે સમાચાર શોધો" },
  { path: "/gu/article/no-such-story/extra", lang: "gu", title: "પાનું મળ્યું નથી | ખબર સેતુ", heading: "પાનું મળ્યું નથી", search: "તેના બદલે સમાચાર શોધો" },
  { path: "/en/no-such-page", lang: "en", title: "Page not found | Khabar Setu", heading: "Page not found", search: "Search the news instead" },
  { path: "/en/category/cricket/no/such/page", lang: "en", title: "Page not found | Khabar Setu", heading: "Page not found", search: "Search the news instead" },
  { path: "/fr", lang: "gu", title: "પાનું મળ્યું નથી | ખબર સેતુ", heading: "પાનું મળ્યું નથી", search: "તેના બદલે સમાચાર શોધો" },
  { path: "/no/such/place/at/all", lang: "gu", title: "પાનું મળ્યું નથી | ખબર સેતુ", heading: "પાનું મળ્યું નથી", search: "તેના બદલે સમાચાર શોધો" },
  { path: "/en-gb/news", lang: "en", title: "Page not found | Khabar Setu", heading: "Page not found", search: "Search the news instead" },
];

for (const page of drawnOnServer) {
  test(`${page.path} answers 404 with a server-drawn page in ${page.lang}, its title and noindex only`, async ({ request }) => {
    const sent = await served(request, page.path);
    expect(sent.status).toBe(404);
    expect(sent.lang).toBe(page.lang);
    expect(sent.title).toBe(page.title);
    expect(sent.robots).toEqual(["noindex"]);
    expect(sent.html).toContain(`>${page.heading}</h1>`);
    expect(sent.html).toContain(`>${page.search}</h2>`);
  });
}

test("an edition's 404 offers its navigation, a search box and the latest stories", async ({ page }) => {
  const response = await page.goto("/gu/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "પાનું મળ્યું નથી" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("navigation", { name: "વિભાગો" })).toBeAttached();
  await expect(page.getByRole("search", { name: "સમાચાર શોધો" }).first()).toBeAttached();
  const latest = page.getByRole("region", { name: "તાજા સમાચાર" });
  await expect(latest.getByRole("link").first()).toBeVisible();
  await page.getByRole("main").getByLabel("શું શોધવું છે").fill("મેટ્રો");
  await page.getByRole("main").getByRole("button", { name: "શોધો", exact: true }).click();
  await expect(page).toHaveURL(/\/gu\/search\?q=/);
});

// Pages rendered per request cannot keep their HTML with a 404 in Next 16
// (see components/not-found-status.tsx); they still answer 404 with noindex only.
const perRequest = [
  "/gu/article/no-such-story", "/en/article/no-such-story",
  "/gu/category/no-such-section", "/en/category/no-such-section",
  "/gu/tag/no-such-tag", "/en/tag/no-such-tag",
  "/gu/author/no-such-person", "/en/author/no-such-person",
  "/gu/category/cricket?page=99999", "/en/category/cricket?page=99999",
];

for (const path of perRequest) {
  test(`${path} answers 404 with noindex only`, async ({ request }) => {
    const sent = await served(request, path);
    expect(sent.status).toBe(404);
    expect(sent.robots).toEqual(["noindex"]);
  });
}
