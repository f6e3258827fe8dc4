import type { Metadata } from "next";
import { ArticleCorrectionForm } from "./article-correction-form";
import { ArticleCorrectionsPanel } from "./article-corrections-panel";
import { ArticleEditorHeader } from "./article-editor-header";
import { ArticleForm } from "../_editor/article-form";
import { ArticlePresence } from "./article-presence";
import { countRevisions, listArticleCorrections } from "@/db/queries/revisions";
import { searchLibrary } from "../../media/library-actions";
import { getAdminDictionary } from "../../admin-language";
import { addCorrection, previewArticleBody, restoreArticle, saveArticle, suggestArticleSlug } from "../actions";
import { isLive } from "../article-write";
import { articleFormValues, editorAutosave, editorImage, editorOptions } from "../editor-props";
import { loadArticle } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.articles.editTitle };
}

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const { editor, found } = await loadArticle(params);
  const { lang, t } = await getAdminDictionary();
  const { done, at } = await searchParams;
  const notices: Record<string, string> = {
    created: t.articles.created,
    restored: t.articles.restoredArticle,
    revision: t.articles.restoredRevision,
  };
  const notice = typeof done === "string" ? notices[done] : undefined;
  const { article } = found;
  const live = isLive(article);
  const initial = articleFormValues(found);
  return (
    <div className="flex flex-col gap-6">
      <ArticleEditorHeader
        t={t}
        article={article}
        state={found.state}
        revisions={await countRevisions(article.id)}
        restore={restoreArticle}
      />
      {notice ? (
        <p role="status" className="rounded border border-green-800 bg-green-50 px-4 py-2 font-semibold text-green-900">
          {notice}
        </p>
      ) : null}
      {/* A restore reloads the page with a new `at`, so the form starts again from the restored values. */}
      <ArticlePresence
        articleId={article.id}
        lang={lang}
        label={t.editing.presenceLabel}
        template={t.editing.presence}
      />
      <ArticleForm
        key={String(at ?? "")}
        initial={initial}
        version={article.version}
        autosave={await editorAutosave(editor.id, initial, article.version, lang)}
        image={editorImage(found)}
        live={live}
        translationTitle={found.translation?.title ?? null}
        options={await editorOptions(lang)}
        t={t}
        actions={{
          save: saveArticle,
          preview: previewArticleBody,
          suggestSlug: suggestArticleSlug,
          library: searchLibrary,
        }}
      />
      <ArticleCorrectionsPanel
        lang={lang}
        t={t.corrections}
        corrections={await listArticleCorrections(article.id)}
        live={live}
        form={<ArticleCorrectionForm articleId={article.id} t={t.corrections} action={addCorrection} />}
      />
    </div>
  );
}
