import type { Metadata } from "next";
import Link from "next/link";
import { TextField } from "@/components/text-field";
import { listMedia, mediaPageSize } from "@/db/queries/media";
import { fill } from "@/lib/i18n";
import { newsroomPage } from "../newsroom-page";
import { getAdminDictionary } from "../admin-language";
import { uploadMedia } from "./actions";
import { MediaGrid } from "./media-grid";
import { mediaHref } from "./media-href";
import { MediaUploadForm } from "./media-upload-form";
import { mediaSearchSchema } from "./schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.media.title };
}

export default async function MediaLibraryPage({ searchParams }: PageProps<"/admin/media">) {
  await newsroomPage("/admin/media");
  const { lang, t } = await getAdminDictionary();
  const m = t.media;
  const search = await searchParams;
  const { q, page } = mediaSearchSchema.parse(search);
  const { rows, total } = await listMedia({ query: q }, page);
  const pages = Math.max(1, Math.ceil(total / mediaPageSize));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{m.title}</h1>
      <p className="text-muted">{m.intro}</p>
      {search.done === "deleted" ? (
        <p role="status" className="rounded border border-green-800 bg-green-50 px-4 py-2 font-semibold text-green-900">
          {m.remove.deleted}
        </p>
      ) : null}
      <MediaUploadForm action={uploadMedia} t={t} />
      <form
        method="get"
        action="/admin/media"
        role="search"
        aria-label={m.searchLabel}
        className="flex flex-wrap items-end gap-3 rounded border border-line bg-paper p-3"
      >
        <TextField id="media-q" name="q" type="search" label={m.query} defaultValue={q} maxLength={100} />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {m.search}
        </button>
        {q ? (
          <Link href="/admin/media" className="py-2 font-semibold text-brand underline">
            {m.clear}
          </Link>
        ) : null}
      </form>
      <p aria-live="polite">{total === 1 ? m.countOne : fill(m.count, { count: total.toLocaleString("en-IN") })}</p>
      {rows.length === 0 ? <p className="text-muted">{m.none}</p> : <MediaGrid rows={rows} lang={lang} t={m} />}
      <nav aria-label={m.pages} className="flex gap-4 font-semibold">
        {page > 1 ? (
          <Link href={mediaHref({ q, page: page - 1 })} rel="prev" className="text-brand underline">
            {m.previous}
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={mediaHref({ q, page: page + 1 })} rel="next" className="text-brand underline">
            {m.next}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
