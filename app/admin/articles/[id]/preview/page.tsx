import { renderMarkdown } from "@/lib/markdown";
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleBody } from "@/components/article-body";
import { ArticleCorrections } from "@/components/article-corrections";
import { ArticleFigure } from "@/components/article-figure";
import { ArticleHeader } from "@/components/article-header";
import { TagList } from "@/components/tag-list";
import { getArticleForPreview } from "@/db/queries/admin-articles";
import { listArticleCorrections } from "@/db/queries/revisions";
import { fill, getDictionary } from "@/lib/i18n";
import { getAdminDictionary } from "../../../admin-language";
import { loadArticle } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.articles.preview };
}

/** A draft has no publication time yet: readers would see the moment it goes out. */
const publishedOrNow = (publishedAt: number | null) => publishedAt ?? Date.now();

// Built from the same components as the reader's article page, in the article's own language.
export default async function ArticlePreviewPage({ params }: PageProps<"/admin/articles/[id]/preview">) {
  const { found } = await loadArticle(params, "/preview");
  const { t } = await getAdminDictionary();
  const data = getArticleForPreview(found.article.id)!;
  const { article, category, author, translation } = data;
  const lang = article.edition;
  const dict = getDictionary(lang);
  return (
    <div className="flex flex-col gap-4">
      <p role="note" className="flex flex-wrap items-center justify-between gap-2 rounded border border-amber-700 bg-amber-50 px-4 py-2 font-semibold text-amber-900">
        {fill(t.preview.banner, { state: t.articles.states[found.state] })}
        <Link href={`/admin/articles/${article.id}`} className="underline">{t.preview.back}</Link>
      </p>
      <div lang={lang} className="mx-auto w-full max-w-3xl rounded bg-paper px-4 py-6">
        <article>
          <ArticleHeader lang={lang} dict={dict} title={article.title} dek={article.dek} category={category} author={author}
            publishedAt={publishedOrNow(article.publishedAt)} updatedAt={article.updatedAt} />
          {translation ? (
            <p className="mt-3 text-sm font-semibold text-brand underline">
              {dict.article.readTranslation}: <span lang={translation.edition}>{translation.title}</span>
            </p>
          ) : null}
          <ArticleFigure image={article} credit={dict.article.imageCredit} />
          <ArticleBody html={renderMarkdown(article.body)} />
          <TagList lang={lang} tags={data.tags} label={dict.article.tags} />
          <ArticleCorrections lang={lang} dict={dict} corrections={listArticleCorrections(article.id)} />
        </article>
      </div>
    </div>
  );
}
