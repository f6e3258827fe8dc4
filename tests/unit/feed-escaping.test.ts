import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildRss, type FeedChannel, type FeedItem } from "@/lib/feed";
import { getDictionary } from "@/lib/i18n";
import { xmlSafeText } from "@/lib/xml";

// htmlEntities: this parser decodes numeric references (a carriage return is written as one) only with it.
const parser = new XMLParser({
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => name === "item",
});
type Parsed = { rss: { channel: { item: Record<string, unknown>[] } } };

const channel: FeedChannel = {
  lang: "en",
  dict: getDictionary("en"),
  title: "Khabar Setu",
  description: "News",
  path: "/en",
  feedPath: "/en/feed.xml",
};

function story(fields: Partial<FeedItem>): FeedItem {
  return {
    slug: "a-story",
    title: "A story",
    dek: "",
    body: "",
    publishedAt: Date.UTC(2026, 0, 1),
    updatedAt: Date.UTC(2026, 0, 1),
    imagePath: null,
    author: { name: "Meera Trivedi", nameGu: null },
    category: { slug: "gujarat", nameEn: "Gujarat", nameGu: "ગુજરાત" },
    ...fields,
  } as FeedItem;
}

function feedOf(fields: Partial<FeedItem>) {
  const xml = buildRss(channel, [story(fields)]);
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, item: (parser.parse(xml) as Parsed).rss.channel.item[0] };
}

describe("feed escaping", () => {
  it("keeps a headline that tries to close CDATA and inject a script as plain text", () => {
    const title = 'X]]>]]><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script><![CDATA[';
    const { xml, item } = feedOf({ title });
    expect(item.title).toBe(title);
    expect(item).not.toHaveProperty("script");
    expect(xml).not.toContain("<script");
  });

  it("stays well-formed with a dek holding two CDATA ends", () => {
    expect(feedOf({ dek: "a ]]>b]]>" }).item.description).toBe("a ]]>b]]>");
  });

  // Pieces that broke or nearly broke XML writers, mixed with any text at all.
  const tricky = fc.constantFrom(
    "]]>",
    "<![CDATA[",
    "]]",
    "<script>",
    "</title>",
    "&",
    "&amp;",
    "&#0;",
    "\r\n",
    "\r",
    "\u0000",
    "\uD800",
    "\uFFFF",
    "'\"",
    "ખબર",
  );
  const text = fc
    .array(fc.oneof(fc.string({ unit: "binary" }), tricky), { maxLength: 8 })
    .map((parts) => parts.join(""));

  it("yields a well-formed feed whose parsed title equals the headline, for any headline, dek and body", () => {
    fc.assert(
      fc.property(text, text, text, (title, dek, body) => {
        const { item } = feedOf({ title, dek, body });
        expect(item.title).toBe(xmlSafeText(title));
        expect(item.description).toBe(xmlSafeText(dek));
      }),
      { numRuns: 300 },
    );
  });
});
