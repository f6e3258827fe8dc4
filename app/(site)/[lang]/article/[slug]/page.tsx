import type { Metadata } from "next";
import Link from "next/link";
import { ArticleBody } from "@/components/article-body";
import { ArticleCorrections } from "@/components/article-corrections";
import { ArticleFigure } from "@/components/article-figure";
import { ArticleHeader } from "@/components/article-header";
import { CommentThread } from "@/components/comment-thread";
import { JsonLd } from "@/components/json-ld";
import { LiveBlog } from "@/components/live-blog";
import { RelatedStories } from "@/components/related-stories";
import { ShareLinks } from "@/components/share-links";
import { TagList } from "@/components/tag-list";
import { alternates } from "@/lib/alternates";
import { loadCommentThread } from "@/app/(site)/reads/comments";
import { getLiveBlogFeed } from "@/app/(site)/reads/live";
import { getArticle } from "@/app/(site)/reads/pages";
import { commentSettings } from "@/lib/comment-settings";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { isoIndia } from "@/lib/format";
import { fill, getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import { slugParam } from "@/lib/slug-param";
import { socialCard } from "@/lib/social";
import { liveJsonPath } from "@/lib/live-blog";
import { liveBlogStructuredData } from "@/lib/live-structured-data";
import { articleStructuredData } from "@/lib/structured-data";
import { EditionMissing, missingMetadata } from "@/app/(site)/[lang]/edition-missing";
import { deleteComment, editComment, postComment, reportComment } from "./actions";

// Rendered once per version of the article and its approved comments, and served whole from the
// cache; whoever is reading is added in the browser (components/comment-viewer-provider.tsx).
const commentActions = { post: postComment, edit: editComment, remove: deleteComment, report: reportComment };

async function load(params: Promise<{ lang: string; slug: string }>) {
  const { lang: rawLang, slug: rawSlug } = await params;
  const lang = editionOrNotFound(rawLang);
  const slug = slugParam(rawSlug);
  return { lang, data: slug ? await getArticle(lang, slug) : null };
}

export async function generateMetadata({ params }: PageProps<"/[lang]/article/[slug]">): Promise<Metadata> {
  const { lang, data } = await load(params);
  if (!data) return missingMetadata(lang);
  const { article, translation, category, author } = data;
  const path = paths.article(lang, article.slug);
  const image = article.imagePath
    ? [
        {
          url: paths.media(article.imagePath),
          width: article.imageWidth ?? undefined,
          height: article.imageHeight ?? undefined,
          alt: article.imageAlt ?? "",
        },
      ]
    : [];
  return {
    title: article.title,
    description: article.dek,
    alternates: alternates(
      { lang, path },
      translation ? { lang: translation.edition, path: paths.article(translation.edition, translation.slug) } : null,
    ),
    ...socialCard(
      lang,
      { title: article.title, description: article.dek, url: path, images: image },
      {
        type: "article",
        publishedTime: isoIndia(article.publishedAt ?? article.createdAt),
        modifiedTime: isoIndia(article.updatedAt),
        section: lang === "gu" ? category.nameGu : category.nameEn,
        authors: [lang === "gu" ? (author.nameGu ?? author.name) : author.name],
      },
    ),
  };
}

export default async function ArticlePage({ params }: PageProps<"/[lang]/article/[slug]">) {
  const { lang, data } = await load(params);
  if (!data) return <EditionMissing lang={lang} />;
  const thread = await loadCommentThread(lang, data.article);
  const { feed: live } = await getLiveBlogFeed(lang, data.article.slug);
  const dict = getDictionary(lang);
  const { article, category, author, translation } = data;
  const structured = articleStructuredData(lang, dict, data);
  const categoryName = lang === "gu" ? category.nameGu : category.nameEn;
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={live ? liveBlogStructuredData(structured, lang, article.slug, live) : structured} />
      <article>
        <ArticleHeader
          lang={lang}
          dict={dict}
          title={article.title}
          dek={article.dek}
          category={category}
          author={author}
          publishedAt={article.publishedAt ?? article.createdAt}
          updatedAt={article.updatedAt}
        />
        {translation ? (
          <p className="mt-3 text-sm">
            <Link
              href={paths.article(translation.edition, translation.slug)}
              hrefLang={translation.edition}
              className="font-semibold text-brand underline"
            >
              {dict.article.readTranslation}: <span lang={translation.edition}>{translation.title}</span>
            </Link>
          </p>
        ) : null}
        <ArticleFigure image={article} credit={article.imageCredit || dict.article.imageCredit} />
        <ArticleBody html={article.bodyHtml} />
        {live ? <LiveBlog lang={lang} dict={dict} src={liveJsonPath(lang, article.slug)} feed={live} /> : null}
        <ArticleCorrections lang={lang} dict={dict} corrections={data.corrections} />
        <TagList lang={lang} tags={data.tags} label={dict.article.tags} />
        <ShareLinks url={absoluteUrl(paths.article(lang, article.slug))} title={article.title} dict={dict} />
      </article>
      <RelatedStories stories={data.related} heading={fill(dict.article.related, { section: categoryName })} />
      <CommentThread
        lang={lang}
        article={article}
        text={dict.comments}
        actions={commentActions}
        maxLength={commentSettings().maxLength}
        thread={thread}
      />
    </div>
  );
}

// Nothing is built ahead: each address renders on its first visit, then is served from the page cache.
export function generateStaticParams() {
  return [];
}
