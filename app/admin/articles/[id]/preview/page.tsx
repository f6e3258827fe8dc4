import type { Metadata } from "next";
import Link from "next/link";
import { PreviewFrame } from "./preview-frame";
import { TextField } from "@/components/text-field";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { makePreviewLink } from "@/lib/preview-link";
import { absoluteUrl } from "@/lib/site";
import { getAdminDictionary } from "../../../admin-language";
import { loadArticle } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.articles.preview };
}

// The preview is the signed reader link itself, framed: the editor sees exactly what a colleague
// opening the link sees, and a fresh link (valid 48 hours) is made on each visit.
export default async function ArticlePreviewPage({ params }: PageProps<"/admin/articles/[id]/preview">) {
  const { found } = await loadArticle(params, "/preview");
  const { lang, t } = await getAdminDictionary();
  const { article } = found;
  const { path, expiresAt } = makePreviewLink(article.id, article.edition, process.env.AUTH_SECRET ?? "");
  const until = formatDateTime(expiresAt, lang);
  return (
    <div className="flex flex-col gap-4">
      <p
        role="note"
        className="flex flex-wrap items-center justify-between gap-2 rounded border border-amber-700 bg-amber-50 px-4 py-2 font-semibold text-amber-900"
      >
        {fill(t.preview.banner, { state: t.articles.states[found.state] })}
        <Link href={`/admin/articles/${article.id}`} className="underline">
          {t.preview.back}
        </Link>
      </p>
      {article.deletedAt === null ? (
        <>
          <section
            aria-labelledby="share-heading"
            className="flex flex-col gap-2 rounded border border-line bg-paper p-4"
          >
            <h2 id="share-heading" className="text-lg font-bold">
              {t.preview.shareHeading}
            </h2>
            <p className="text-sm text-muted">{fill(t.preview.shareHint, { date: until })}</p>
            <TextField
              id="preview-link"
              name="preview-link"
              label={fill(t.preview.shareLabel, { date: until })}
              value={absoluteUrl(path)}
              readOnly
            />
            <a href={path} target="_blank" rel="noopener" className="self-start font-semibold text-brand underline">
              {t.preview.openLink}
            </a>
          </section>
          <PreviewFrame src={path} text={t.preview} />
        </>
      ) : null}
    </div>
  );
}
