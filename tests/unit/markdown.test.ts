import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "@/lib/markdown";

describe("article Markdown", () => {
  it("renders headings, paragraphs, quotes, lists and links", () => {
    const html = renderMarkdown(
      "## Heading\n\nA paragraph with [a link](/en/article/x).\n\n> A quote\n\n- one\n- two\n\n1. first",
    );
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).toContain('<a href="/en/article/x">a link</a>');
    expect(html).toContain("<blockquote>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(html).toContain("<ol>");
  });

  it("turns an Also read line into a card, in either language", () => {
    const en = renderMarkdown("Also read: [Metro opens](/en/article/metro)");
    expect(en).toBe(
      '<aside class="also-read"><span class="also-read-label">Also read</span><a href="/en/article/metro">Metro opens</a></aside>\n',
    );
    const gu = renderMarkdown("આ પણ વાંચો: [મેટ્રો](/gu/article/metro)");
    expect(gu).toContain('<aside class="also-read"><span class="also-read-label">આ પણ વાંચો</span>');
  });

  it("leaves an ordinary paragraph that merely mentions a link alone", () => {
    expect(renderMarkdown("Also read: [a](/x) and more")).not.toContain("also-read");
  });

  it.each([
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    "<svg onload=alert(1)>",
    "<style>body{display:none}</style>",
  ])("never lets raw HTML through: %s", (payload) => {
    const html = renderMarkdown(`Before\n\n${payload}\n\nAfter`);
    expect(html).not.toMatch(/<(script|iframe|svg|style|img)/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
  });

  it.each([
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](java&#x09;script:alert(1))",
  ])("never renders a script link: %s", (payload) => {
    const html = renderMarkdown(payload);
    expect(html.toLowerCase()).not.toMatch(/href="\s*(javascript|vbscript|data):/);
  });

  it("only allows images served by the portal itself", () => {
    expect(renderMarkdown("![map](/media/map.webp)")).toContain(
      '<img src="/media/map.webp" alt="map" loading="lazy" decoding="async" />',
    );
    expect(renderMarkdown("![tracker](https://tracker.example/pixel.gif)")).not.toContain("tracker.example");
    expect(renderMarkdown("![tracker](//tracker.example/pixel.gif)")).not.toContain("tracker.example");
  });

  it("marks outside links nofollow and noopener", () => {
    expect(renderMarkdown("[source](https://example.org/report)")).toContain('rel="noopener nofollow"');
  });

  it("gives plain text for descriptions", () => {
    expect(markdownToText("## Title\n\nSome **bold** <b>text</b>.")).toBe("Title Some bold <b>text</b>.");
  });
});
