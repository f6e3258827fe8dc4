// The HTML was rendered from Markdown with raw HTML off and sanitised when the article was read
// into the cache (app/(site)/reads/pages.ts), so injecting it is safe.
export function ArticleBody({ html }: { html: string }) {
  return <div className="prose-article" dangerouslySetInnerHTML={{ __html: html }} />;
}
