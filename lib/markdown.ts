import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// A paragraph of the form "Also read: [Title](/en/article/slug)" becomes a card.
const alsoReadPrefix = /^\s*(also read|આ પણ વાંચો)\s*[:：]\s*$/i;

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

md.core.ruler.push("also_read", (state) => {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (open.type !== "paragraph_open" || inline.type !== "inline" || close.type !== "paragraph_close") continue;
    const children = inline.children ?? [];
    const linkOpen = children.findIndex((t) => t.type === "link_open");
    const linkClose = children.findIndex((t) => t.type === "link_close");
    if (linkOpen !== 1 || linkClose !== children.length - 1) continue;
    const label = children[0];
    if (label.type !== "text" || !alsoReadPrefix.test(label.content)) continue;
    open.meta = { alsoRead: label.content.replace(/[:：]\s*$/, "").trim() };
    close.meta = { alsoRead: true };
    inline.children = children.slice(1);
  }
});

md.renderer.rules.paragraph_open = (tokens, idx, options, _env, self) => {
  const label = tokens[idx].meta?.alsoRead;
  if (typeof label !== "string") return self.renderToken(tokens, idx, options);
  return `<aside class="also-read"><span class="also-read-label">${md.utils.escapeHtml(label)}</span>`;
};
md.renderer.rules.paragraph_close = (tokens, idx, options, _env, self) =>
  tokens[idx].meta?.alsoRead ? "</aside>\n" : self.renderToken(tokens, idx, options);

/** Body images must be files the portal serves itself: "/media/<name>", nothing else. */
const mediaSource = /^\/media\/([a-z0-9][a-z0-9/_-]*\.(?:webp|jpe?g|png))$/i;

/** The media paths ("uploads/2026/11/x.webp") of the images a body shows, to look up their sizes. */
export function mediaPathsIn(source: string): string[] {
  const found = new Set<string>();
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      const path = token.type === "image" ? mediaSource.exec(String(token.attrGet("src") ?? ""))?.[1] : undefined;
      if (path && !path.split("/").includes("")) found.add(path);
      if (token.children) walk(token.children);
    }
  };
  walk(md.parse(source, {}));
  return [...found];
}

export type ImageSizes = Map<string, { width: number; height: number }>;

// Second line of defence: even if a Markdown rule above let something through,
// only these tags, attributes and URL schemes can reach the page.
const sanitizeOptions = (sizes: ImageSizes): sanitizeHtml.IOptions => ({
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "code",
    "pre",
    "img",
    "aside",
    "span",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "loading", "decoding", "width", "height"],
    aside: ["class"],
    span: ["class"],
    ol: ["start"],
  },
  allowedClasses: { aside: ["also-read"], span: ["also-read-label"] },
  allowedSchemes: ["http", "https", "mailto"],
  // Body images must be served by the portal itself: no scheme, no other host.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return { tagName, attribs: external ? { ...attribs, rel: "noopener nofollow" } : attribs };
    },
    // Known library images get their width and height, so the page does not jump as they load.
    img: (tagName, attribs) => {
      const size = sizes.get(mediaSource.exec(attribs.src ?? "")?.[1] ?? "");
      const out: Record<string, string> = { src: attribs.src, alt: attribs.alt ?? "" };
      if (attribs.title) out.title = attribs.title;
      if (size) Object.assign(out, { width: String(size.width), height: String(size.height) });
      return { tagName, attribs: { ...out, loading: "lazy", decoding: "async" } };
    },
  },
  exclusiveFilter: (frame) => frame.tag === "img" && !mediaSource.test(frame.attribs.src ?? ""),
});

/** Renders an article body from Markdown to HTML that is safe to inject; `sizes` gives library images their dimensions. */
export function renderMarkdown(source: string, sizes: ImageSizes = new Map()): string {
  return sanitizeHtml(md.render(source), sanitizeOptions(sizes));
}

const entities: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** Plain text of a Markdown body, for descriptions and feeds (escape it again wherever it is output). */
export function markdownToText(source: string): string {
  return sanitizeHtml(md.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity])
    .replace(/\s+/g, " ")
    .trim();
}
