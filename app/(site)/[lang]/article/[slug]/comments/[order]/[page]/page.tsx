import type { Metadata } from "next";
import Link from "next/link";
import { CommentThread } from "@/components/comment-thread";
import { loadCommentThread } from "@/app/(site)/reads/comments";
import { getArticle } from "@/app/(site)/reads/pages";
import { commentSettings } from "@/lib/comment-settings";
import { commentOrders, type CommentOrder } from "@/lib/comments/thread";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { fill, getDictionary } from "@/lib/i18n";
import { parsePage } from "@/lib/pagination";
import { paths } from "@/lib/paths";
import { slugParam } from "@/lib/slug-param";
import { EditionMissing, missingMetadata } from "@/app/(site)/[lang]/edition-missing";
import { deleteComment, editComment, postComment, reportComment } from "../../../actions";

// Later pages of an article's comments, and the newest-first order, each at its own cached
// address so that readers without JavaScript (and search engines) can read every comment.
const commentActions = { post: postComment, edit: editComment, remove: deleteComment, report: reportComment };

type Props = PageProps<"/[lang]/article/[slug]/comments/[order]/[page]">;

async function load(params: Props["params"]) {
  const { lang: rawLang, slug: rawSlug, order: rawOrder, page: rawPage } = await params;
  const lang = editionOrNotFound(rawLang);
  const slug = slugParam(rawSlug);
  const order = commentOrders.find((o) => o === rawOrder) as CommentOrder | undefined;
  const page = parsePage(rawPage);
  if (!slug || !order || page === null || (order === "oldest" && page === 1)) return { lang, found: null };
  const data = await getArticle(lang, slug);
  if (!data) return { lang, found: null };
  const thread = await loadCommentThread(lang, data.article, order, page);
  if (page > 1 && thread.comments.length === 0) return { lang, found: null };
  return { lang, found: { data, thread } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, found } = await load(params);
  if (!found) return missingMetadata(lang);
  const { data, thread } = found;
  const dict = getDictionary(lang);
  return {
    title: fill(dict.comments.pageTitle, { title: data.article.title }),
    robots: { index: thread.order === "oldest", follow: true },
    alternates: { canonical: paths.comments(lang, data.article.slug, thread.order, thread.page) },
  };
}

export default async function CommentsPage({ params }: Props) {
  const { lang, found } = await load(params);
  if (!found) return <EditionMissing lang={lang} />;
  const { data, thread } = found;
  const dict = getDictionary(lang);
  const { article } = data;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{fill(dict.comments.pageTitle, { title: article.title })}</h1>
      <p className="mt-2">
        <Link
          href={paths.article(lang, article.slug)}
          className="inline-flex min-h-11 items-center font-semibold text-brand underline"
        >
          {dict.comments.backToStory}
        </Link>
      </p>
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
