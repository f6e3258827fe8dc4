import type { Metadata } from "next";
import { ArticleForm } from "../_editor/article-form";
import { isEdition } from "@/lib/i18n";
import { newsroomPage } from "../../newsroom-page";
import { searchLibrary } from "../../media/library-actions";
import { getAdminDictionary } from "../../admin-language";
import { previewArticleBody, saveArticle, suggestArticleSlug } from "../actions";
import { blankArticle, editorAutosave, editorOptions } from "../editor-props";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.articles.newTitle };
}

export default async function NewArticlePage({ searchParams }: PageProps<"/admin/articles/new">) {
  const editor = await newsroomPage("/admin/articles/new");
  const { lang, t } = await getAdminDictionary();
  const edition = (await searchParams).edition;
  const options = await editorOptions(lang);
  const initial = blankArticle(
    typeof edition === "string" && isEdition(edition) ? edition : lang,
    editor.id,
    options.sections[0]?.id ?? 0,
  );
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t.articles.newTitle}</h1>
      <ArticleForm
        initial={initial}
        version={null}
        autosave={await editorAutosave(editor.id, initial, null, lang)}
        image={null}
        live={false}
        translationTitle={null}
        options={options}
        t={t}
        actions={{
          save: saveArticle,
          preview: previewArticleBody,
          suggestSlug: suggestArticleSlug,
          library: searchLibrary,
        }}
      />
    </div>
  );
}
