import { type APIRequestContext, expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

const asList = new Set(["item", "url", "sitemap", "xhtml:link"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => asList.has(name),
});

async function fetchXml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return { type: response.headers()["content-type"], doc: parser.parse(await response.text()) };
}

type RssItem = {
  title: string;
  link: string;
  pubDate: string;
  description: string;
  "content:encoded": string;
  "dc:creator": string;
  category: { "#text": string };
  enclosure?: { "@_url": string; "@_type": string };
};
type SitemapUrl = {
  loc: string;
  lastmod?: string;
  "xhtml:link"?: { "@_hreflang": string; "@_href": string }[];
  "news:news"?: {
    "news:publication": { "news:name": string; "news:language": string };
    "news:publication_date": string;
    "news:title": string;
  };
};

const w3cDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:30$/;
const metroPath = "/en/article/ahmedabad-metro-phase-two-opens";
const metroGuPath = "/gu/article/ahmedabad-metro-bijo-tabakko-gandhinagar-sudhi";

test("the English edition's RSS feed parses and holds the newest published stories", async ({ request, baseURL }) => {
  const { type, doc } = await fetchXml(request, "/en/feed.xml");
  expect(type).toBe("application/rss+xml; charset=utf-8");
  const items: RssItem[] = doc.rss.channel.item;
  expect(items.length).toBeGreaterThan(20);
  expect(items.length).toBeLessThanOrEqual(50);
  const links = items.map((item) => item.link);
  expect(links).toContain(`${baseURL}${metroPath}`);
  expect(links.some((link) => link.includes("/en/article/draft-") || link.includes("/en/article/scheduled-"))).toBe(
    false,
  );
  const times = items.map((item) => new Date(item.pubDate).getTime());
  expect(times).toEqual([...times].sort((a, b) => b - a));

  const metro = items.find((item) => item.link === `${baseURL}${metroPath}`)!;
  expect(metro.title).toBe("Ahmedabad Metro's Second Phase Opens New Stretch Towards Gandhinagar");
  expect(metro.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0530$/);
  expect(metro["content:encoded"]).toContain("<h2>Fares and timings</h2>");
  expect(metro["dc:creator"]).toBeTruthy();
  expect(metro.category["#text"]).toBe("Gujarat");
  expect(metro.enclosure?.["@_url"]).toMatch(new RegExp(`^${baseURL}/media/.+\\.webp$`));
  expect(metro.enclosure?.["@_type"]).toBe("image/webp");
});

test("a section feed holds only that section's stories, and unknown editions or sections are 404", async ({
  request,
}) => {
  const { doc } = await fetchXml(request, "/gu/category/cricket/feed.xml");
  const items: RssItem[] = doc.rss.channel.item;
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((item) => item.category["#text"] === "ક્રિકેટ")).toBe(true);
  expect(doc.rss.channel.language).toBe("gu");
  expect((await request.get("/xx/feed.xml")).status()).toBe(404);
  expect((await request.get("/en/category/no-such-section/feed.xml")).status()).toBe(404);
});

test("pages announce their feeds for autodiscovery", async ({ page }) => {
  const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  for (const path of ["/en", metroPath, "/en/tag/metro"]) {
    await page.goto(path);
    await expect(feeds, path).toHaveCount(1);
    await expect(feeds).toHaveAttribute("href", /\/en\/feed\.xml$/);
  }
  await page.goto("/gu/category/cricket");
  await expect(feeds).toHaveCount(2);
  await expect(feeds.first()).toHaveAttribute("href", /\/gu\/category\/cricket\/feed\.xml$/);
  await expect(feeds.first()).toHaveAttribute("title", "ખબર સેતુ: ક્રિકેટ");
});

test("the sitemap index leads to article sitemaps with lastmod and hreflang alternates", async ({
  request,
  baseURL,
}) => {
  const index = await fetchXml(request, "/sitemap.xml");
  expect(index.type).toBe("application/xml; charset=utf-8");
  const locs: string[] = index.doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  expect(locs).toEqual(
    expect.arrayContaining([
      `${baseURL}/sitemaps/pages.xml`,
      `${baseURL}/sitemaps/news.xml`,
      `${baseURL}/sitemaps/articles/1.xml`,
    ]),
  );

  const articles = await fetchXml(request, new URL(`${baseURL}/sitemaps/articles/1.xml`).pathname);
  const urls: SitemapUrl[] = articles.doc.urlset.url;
  const metro = urls.find((u) => u.loc === `${baseURL}${metroPath}`)!;
  expect(metro.lastmod).toMatch(w3cDateTime);
  const hreflangs = Object.fromEntries((metro["xhtml:link"] ?? []).map((l) => [l["@_hreflang"], l["@_href"]]));
  expect(hreflangs).toEqual({
    en: `${baseURL}${metroPath}`,
    gu: `${baseURL}${metroGuPath}`,
    "x-default": `${baseURL}${metroGuPath}`,
  });
  expect(urls.some((u) => /\/(draft|scheduled)-/.test(u.loc))).toBe(false);
  expect((await request.get("/sitemaps/articles/999.xml")).status()).toBe(404);
  expect((await request.get("/sitemaps/articles/one.xml")).status()).toBe(404);
});

test("the pages sitemap lists both homes and every section, and the news sitemap the last 48 hours", async ({
  request,
  baseURL,
}) => {
  const pages: SitemapUrl[] = (await fetchXml(request, "/sitemaps/pages.xml")).doc.urlset.url;
  const locs = pages.map((u) => u.loc);
  expect(locs).toEqual(
    expect.arrayContaining([
      `${baseURL}/gu`,
      `${baseURL}/en`,
      `${baseURL}/en/category/cricket`,
      `${baseURL}/gu/category/cricket`,
    ]),
  );

  const news: SitemapUrl[] = (await fetchXml(request, "/sitemaps/news.xml")).doc.urlset.url;
  const metro = news.find((u) => u.loc === `${baseURL}${metroPath}`)!;
  expect(metro["news:news"]).toMatchObject({
    "news:publication": { "news:name": "Khabar Setu", "news:language": "en" },
    "news:title": "Ahmedabad Metro's Second Phase Opens New Stretch Towards Gandhinagar",
  });
  expect(metro["news:news"]!["news:publication_date"]).toMatch(w3cDateTime);
  const twoDaysAgo = Date.now() - 48 * 3_600_000;
  expect(news.every((u) => new Date(u["news:news"]!["news:publication_date"]).getTime() >= twoDaysAgo)).toBe(true);
});

test("robots.txt allows the site, keeps crawlers out of the newsroom and names the sitemaps", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toMatch(/^Disallow: \/admin$/m);
  expect(text).toMatch(/^Disallow: \/account$/m);
  expect(text).toMatch(/^Disallow: \/\*\/search$/m);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemaps/news.xml`);
});

test("an article page describes itself as a NewsArticle with breadcrumbs in JSON-LD", async ({ page, baseURL }) => {
  await page.goto(metroPath);
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const graph = scripts.flatMap((s) => JSON.parse(s)["@graph"] ?? []);
  const article = graph.find((node: { "@type": string }) => node["@type"] === "NewsArticle");
  expect(article).toMatchObject({
    headline: "Ahmedabad Metro's Second Phase Opens New Stretch Towards Gandhinagar",
    articleSection: "Gujarat",
    inLanguage: "en",
    mainEntityOfPage: { "@type": "WebPage", "@id": `${baseURL}${metroPath}` },
    publisher: {
      "@type": "Organization",
      name: "Khabar Setu",
      logo: { "@type": "ImageObject", url: `${baseURL}/logo.png` },
    },
  });
  expect(article.datePublished).toMatch(w3cDateTime);
  expect(article.dateModified).toMatch(w3cDateTime);
  expect(article.image[0].url).toMatch(new RegExp(`^${baseURL}/media/`));
  expect(article.author[0]).toMatchObject({
    "@type": "Person",
    url: expect.stringMatching(new RegExp(`^${baseURL}/en/author/`)),
  });
  const crumbs = graph.find((node: { "@type": string }) => node["@type"] === "BreadcrumbList");
  expect(crumbs.itemListElement.map((c: { name: string }) => c.name)).toEqual(["Home", "Gujarat", article.headline]);

  const logo = await page.request.get("/logo.png");
  expect(logo.headers()["content-type"]).toBe("image/png");
});

test("the home page describes the organisation and a site search in JSON-LD", async ({ page, baseURL }) => {
  await page.goto("/gu");
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const graph = scripts.flatMap((s) => JSON.parse(s)["@graph"] ?? []);
  expect(graph.find((node: { "@type": string }) => node["@type"] === "Organization")).toMatchObject({ name: "ખબર સેતુ" });
  const website = graph.find((node: { "@type": string }) => node["@type"] === "WebSite");
  expect(website.potentialAction).toMatchObject({
    "@type": "SearchAction",
    target: { urlTemplate: `${baseURL}/gu/search?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  });
});
