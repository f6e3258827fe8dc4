import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { hreflangs, newsSitemapXml, sitemapIndexXml, urlsetXml } from "@/lib/sitemap-xml";
import { site } from "@/lib/site";
import { escapeXml } from "@/lib/xml";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => ["url", "sitemap", "xhtml:link"].includes(name),
});

describe("sitemaps", () => {
  it("escape markup characters and drop characters XML cannot carry", () => {
    expect(escapeXml(`a & b <c> "d" 'e'`)).toBe("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    expect(escapeXml("bell\u0007 null\u0000 lone\uD800 ok 😀")).toBe("bell null lone ok 😀");
  });

  it("write URLs with lastmod in India time and hreflang alternates that parse back", () => {
    const languages = hreflangs({ lang: "en", path: "/en/article/a?b=1&c=2" }, { lang: "gu", path: "/gu/article/k" });
    const doc = parser.parse(
      urlsetXml([{ loc: `${site.url}/en/article/a?b=1&c=2`, lastmod: Date.UTC(2026, 0, 1, 0, 0, 0), languages }]),
    );
    const [url] = doc.urlset.url;
    expect(url.loc).toBe(`${site.url}/en/article/a?b=1&c=2`);
    expect(url.lastmod).toBe("2026-01-01T05:30:00+05:30");
    expect(url["xhtml:link"].map((l: Record<string, string>) => [l["@_hreflang"], l["@_href"]])).toEqual([
      ["en", `${site.url}/en/article/a?b=1&c=2`],
      ["gu", `${site.url}/gu/article/k`],
      ["x-default", `${site.url}/gu/article/k`],
    ]);
  });

  it("give an untranslated page no hreflang links", () => {
    expect(hreflangs({ lang: "en", path: "/en/article/a" }, null)).toBeUndefined();
  });

  it("build an index and a news sitemap with publication, date and title", () => {
    const index = parser.parse(sitemapIndexXml([{ loc: `${site.url}/sitemaps/articles/1.xml`, lastmod: 0 }]));
    expect(index.sitemapindex.sitemap).toEqual([{ loc: `${site.url}/sitemaps/articles/1.xml` }]);
    const news = parser.parse(
      newsSitemapXml([
        {
          loc: `${site.url}/gu/article/k`,
          publication: "ખબર સેતુ",
          language: "gu",
          publishedAt: Date.UTC(2026, 5, 24, 12, 3),
          title: "વરસાદ & પૂર",
        },
      ]),
    );
    expect(news.urlset.url[0]["news:news"]).toEqual({
      "news:publication": { "news:name": "ખબર સેતુ", "news:language": "gu" },
      "news:publication_date": "2026-06-24T17:33:00+05:30",
      "news:title": "વરસાદ & પૂર",
    });
  });
});
