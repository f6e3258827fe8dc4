import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { linkify } from "@/lib/comments/linkify";

const render = (text: string) => renderToStaticMarkup(createElement("p", null, ...linkify(text)));

const tagsOf = (html: string) =>
  [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ name: m[1].toLowerCase(), attributes: m[2] }));
const attributesOf = (raw: string) =>
  [...raw.matchAll(/([^\s=]+)="([^"]*)"/g)].map((m) => ({ name: m[1].toLowerCase(), value: m[2] }));
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

// Classic payloads from the OWASP XSS filter evasion cheat sheet and friends.
const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=\"javascript:alert('XSS');\">",
  "<img src=`javascript:alert(1)`>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  "<body onload=alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<div style="background:url(javascript:alert(1))">',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  '<video><source onerror="alert(1)"></video>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  'https://example.com/"onmouseover="alert(1)',
  "https://example.com/'><script>alert(1)</script>",
  "https://example.com/<img src=x onerror=alert(1)>",
  "http://example.com/?q=<script>alert(1)</script>",
  "javascript:alert(1)//https://example.com",
  "https://javascript:alert(1)",
  '<a href="https://example.com" onclick="alert(1)">x</a>',
  "{{constructor.constructor('alert(1)')()}}",
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  "<style>@import 'http://xss.example/xss.css';</style>",
  '<base href="javascript:alert(1)//">',
  "\u003cscript\u003ealert(1)\u003c/script\u003e",
];

describe("comment text renders as text, never as HTML", () => {
  it("has a corpus of at least 30 injection attempts", () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
  });

  it.each(payloads)("renders %j inert", (payload) => {
    const html = render(payload);
    for (const tag of tagsOf(html)) {
      expect(["p", "a"]).toContain(tag.name);
      for (const attribute of attributesOf(tag.attributes)) {
        expect(["href", "rel", "target", "class"]).toContain(attribute.name);
        if (attribute.name === "href") expect(attribute.value).toMatch(/^https?:\/\/[^\s"'<>]+$/);
      }
    }
    expect(html).not.toMatch(
      /<(script|iframe|img|svg|object|embed|style|base|meta|link|form|input|body|details|video|math)\b/i,
    );
    for (const tag of tagsOf(html)) expect(tag.attributes).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(decode(html)).toBe(payload);
  });
});

describe("links in comments", () => {
  it("turns web addresses into nofollow ugc links that open in a new tab", () => {
    const html = render("See https://example.com/report?id=7 for more");
    expect(html).toBe(
      '<p>See <a href="https://example.com/report?id=7" rel="nofollow ugc noopener" target="_blank" class="break-all text-brand underline">https://example.com/report?id=7</a> for more</p>',
    );
  });

  it("leaves sentence punctuation and an unmatched bracket outside the link", () => {
    const html = render("Read it (at http://example.com/a_(b)). Or https://example.org/x, then stop.");
    expect(html).toContain('href="http://example.com/a_(b)"');
    expect(html).toContain('href="https://example.org/x"');
    expect(decode(html)).toBe("Read it (at http://example.com/a_(b)). Or https://example.org/x, then stop.");
  });

  it("links only http and https addresses", () => {
    for (const text of [
      "ftp://example.com/file",
      "mailto:someone@example.com",
      "www.example.com",
      "javascript:alert(1)",
    ]) {
      expect(render(text)).not.toContain("<a ");
    }
  });

  it("keeps newlines and Gujarati text as typed", () => {
    const text = "પહેલી લીટી\nબીજી લીટી https://example.com/ગુજરાત\n\nછેલ્લી";
    const html = render(text);
    expect(decode(html)).toBe(text);
    expect(html).toContain('href="https://example.com/%E0%AA%97%E0%AB%81%E0%AA%9C%E0%AA%B0%E0%AA%BE%E0%AA%A4"');
  });
});
