import { renderMarkdown } from "@/lib/markdown";

// renderMarkdown escapes raw HTML and sanitises the result, so injecting it is safe.
export function ArticleBody({ markdown }: { markdown: string }) {
  return <div className="prose-article" dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
