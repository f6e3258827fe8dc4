import { describe, expect, it } from "vitest";
import { mediaPathsIn, renderMarkdown } from "@/lib/markdown";
import { withImageAt } from "@/lib/markdown-image";

const sizes = new Map([["uploads/2026/11/river.webp", { width: 1600, height: 900 }]]);

describe("images inside a story's text", () => {
  it("shows a library image with its width and height, loaded lazily", () => {
    const html = renderMarkdown(
      "Before.\n\n![The Sabarmati at dawn](/media/uploads/2026/11/river.webp)\n\nAfter.",
      sizes,
    );
    expect(html).toContain(
      '<img src="/media/uploads/2026/11/river.webp" alt="The Sabarmati at dawn" width="1600" height="900" loading="lazy" decoding="async" />',
    );
  });

  it("keeps only images the portal serves from /media/", () => {
    for (const src of [
      "https://tracker.example/p.gif",
      "//tracker.example/p.gif",
      "/admin/secret.png",
      "/media/../data/portal.png",
      "/media/logo.svg",
      "data:image/png;base64,AAAA",
      "javascript:alert(1)",
    ]) {
      expect(renderMarkdown(`![x](${src})`, sizes)).not.toContain("<img");
    }
  });

  it("keeps quotes typed in an image's words from becoming attributes", () => {
    const html = renderMarkdown('![a" onerror="alert(1)](/media/uploads/2026/11/river.webp "t\\" onload=\\"x")', sizes);
    expect(html).not.toMatch(/\son\w+="/);
    expect(html).toContain('alt="a&quot; onerror=&quot;alert(1)"');
  });

  it("lists the library paths a body shows, once each", () => {
    const body =
      "![a](/media/uploads/a.webp) ![b](/media/uploads/a.webp)\n\n![c](https://x.example/c.png) [not an image](/media/uploads/d.webp)";
    expect(mediaPathsIn(body)).toEqual(["uploads/a.webp"]);
  });

  it("inserts the image at the cursor as a paragraph of its own", () => {
    const body = "First paragraph.\n\nSecond paragraph.";
    const at = body.indexOf("\n\nSecond");
    const result = withImageAt(body, at, { path: "uploads/x.webp" }, "A [bracketed]\nalt");
    expect(result.body).toBe("First paragraph.\n\n![A  bracketed  alt](/media/uploads/x.webp)\n\nSecond paragraph.");
    expect(result.body.slice(0, result.cursor).endsWith("(/media/uploads/x.webp)")).toBe(true);
    expect(withImageAt("", 0, { path: "uploads/x.webp" }, "x").body).toBe("![x](/media/uploads/x.webp)");
    expect(withImageAt("Mid sentence", 3, { path: "uploads/x.webp" }, "x").body).toBe(
      "Mid\n\n![x](/media/uploads/x.webp)\n\n sentence",
    );
  });
});
