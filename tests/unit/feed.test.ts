import { XMLParser } from "fast-xml-parser";
import { expect, it } from "vitest";
import { db } from "@/db";
import { listFeedArticles } from "@/db/queries/feed";
import { articles, categories, users } from "@/db/tables";
import { buildRss, type FeedChannel, rfc822India } from "@/lib/feed";
import { getDictionary } from "@/lib/i18n";
import { site } from "@/lib/site";
import { describeOnEngines } from "../helpers/engines";

type RssItem = {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  pubDate: string;
  description: string;
  "content:encoded": string;
  "dc:creator": string;
  category: { "#text": string; "@_domain": string };
  enclosure?: { "@_url": string; "@_type": string; "@_length": string };
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => name === "item",
});
const parse = (xml: string) =>
  parser.parse(xml) as {
    rss: {
      "@_version": string;
      channel: { title: string; link: string; language: string; lastBuildDate: string; item?: RssItem[] };
    };
  };

const now = Date.UTC(2026, 5, 24, 12, 3, 0);
const minute = 60_000;
const channel = (lang: "en" | "gu"): FeedChannel => ({
  lang,
  dict: getDictionary(lang),
  title: "Khabar Setu: latest news",
  description: "The newest stories",
  path: `/${lang}`,
  feedPath: `/${lang}/feed.xml`,
});

async function stories() {
  const category = (
    await db.insert(categories).values({ slug: "gujarat", nameEn: "Gujarat", nameGu: "ગુજરાત" }).returning()
  )[0];
  const author = (
    await db
      .insert(users)
      .values({
        email: "meera@example.com",
        name: "Meera Trivedi",
        nameGu: "મીરા ત્રિવેદી",
        slug: "meera-trivedi",
        role: "editor",
      })
      .returning()
  )[0];
  const base = { categoryId: category.id, authorId: author.id, status: "published" as const };
  for (let i = 1; i <= 55; i++) {
    await db.insert(articles).values({
      ...base,
      edition: "en",
      slug: `story-${i}`,
      title: `Story ${i}`,
      dek: `Summary ${i}`,
      body: `Paragraph ${i}.`,
      publishedAt: now - i * minute,
    });
  }
  await db.insert(articles).values({
    ...base,
    edition: "en",
    slug: "metro-opens",
    title: "Metro opens: fares & <timings>",
    dek: "Trains run from 6.20 am.",
    body: "## Fares\n\nSee [the map](/en/article/metro-map) and ![route](/media/demo/route.webp).\n\n<script>alert(1)</script>",
    imagePath: "demo/metro.webp",
    publishedAt: now,
    updatedAt: now,
  });
  await db.insert(articles).values({
    ...base,
    edition: "en",
    slug: "draft-story",
    title: "Unfinished draft",
    status: "draft",
    publishedAt: null,
  });
  await db.insert(articles).values({
    ...base,
    edition: "gu",
    slug: "gu-story",
    title: "અમદાવાદ મેટ્રો",
    dek: "ગાંધીનગર સુધી",
    body: "ફકરો.",
    publishedAt: now - minute,
  });
}

describeOnEngines("RSS feeds", stories, () => {
  it("carry the latest 50 published stories of the edition, newest first, and no drafts", async () => {
    const rss = parse(buildRss(channel("en"), await listFeedArticles("en", {}, now + minute)));
    expect(rss.rss["@_version"]).toBe("2.0");
    const items = rss.rss.channel.item ?? [];
    expect(items).toHaveLength(50);
    expect(items[0].title).toBe("Metro opens: fares & <timings>");
    expect(items[1].title).toBe("Story 1");
    expect(items.map((i) => i.title)).not.toContain("Unfinished draft");
    expect(items.map((i) => i.title)).not.toContain("અમદાવાદ મેટ્રો");
  });

  it("give each item its link, summary, full content, byline, section and image", async () => {
    const [item] = parse(buildRss(channel("en"), await listFeedArticles("en", { limit: 1 }, now + minute))).rss.channel
      .item!;
    expect(item.link).toBe(`${site.url}/en/article/metro-opens`);
    expect(item.guid["#text"]).toBe(item.link);
    expect(item.description).toBe("Trains run from 6.20 am.");
    expect(item["content:encoded"]).toContain("<h2>Fares</h2>");
    expect(item["content:encoded"]).toContain(`href="${site.url}/en/article/metro-map"`);
    expect(item["content:encoded"]).toContain(`src="${site.url}/media/demo/route.webp"`);
    expect(item["content:encoded"]).not.toContain("<script");
    expect(item["dc:creator"]).toBe("Meera Trivedi");
    expect(item.category).toEqual({ "#text": "Gujarat", "@_domain": `${site.url}/en/category/gujarat` });
    expect(item.enclosure).toEqual({
      "@_url": `${site.url}/media/demo/metro.webp`,
      "@_type": "image/webp",
      "@_length": "0",
    });
  });

  it("date items and the channel in RFC 822 with India's offset", async () => {
    const rss = parse(buildRss(channel("en"), await listFeedArticles("en", { limit: 2 }, now + minute)));
    const [first, second] = rss.rss.channel.item!;
    expect(first.pubDate).toBe("Wed, 24 Jun 2026 17:33:00 +0530");
    expect(second.pubDate).toBe("Wed, 24 Jun 2026 17:32:00 +0530");
    expect(rss.rss.channel.lastBuildDate).toBe("Wed, 24 Jun 2026 17:33:00 +0530");
    expect(new Date(first.pubDate).getTime()).toBe(now);
  });

  it("write the date correctly across midnight and the year's end in India", () => {
    expect(rfc822India(Date.UTC(2025, 11, 31, 18, 45, 7))).toBe("Thu, 01 Jan 2026 00:15:07 +0530");
  });

  it("use the Gujarati byline and section names in the Gujarati feed", async () => {
    const rss = parse(buildRss(channel("gu"), await listFeedArticles("gu", {}, now + minute)));
    expect(rss.rss.channel.language).toBe("gu");
    const [item] = rss.rss.channel.item!;
    expect(item.title).toBe("અમદાવાદ મેટ્રો");
    expect(item["dc:creator"]).toBe("મીરા ત્રિવેદી");
    expect(item.category["#text"]).toBe("ગુજરાત");
    expect(item.enclosure).toBeUndefined();
  });

  it("stay well-formed when text holds characters XML forbids", async () => {
    const [article] = await listFeedArticles("en", { limit: 1 }, now + minute);
    const xml = buildRss(channel("en"), [{ ...article, title: "Bell\u0007 and ]]> end", dek: "Null\u0000 byte" }]);
    const [item] = parse(xml).rss.channel.item!;
    expect(item.title).toBe("Bell and ]]> end");
    expect(item.description).toBe("Null byte");
  });

  it("are valid even with no stories yet", () => {
    const rss = parse(buildRss(channel("en"), []));
    expect(rss.rss.channel.title).toBe("Khabar Setu: latest news");
    expect(rss.rss.channel.item).toBeUndefined();
  });
});
