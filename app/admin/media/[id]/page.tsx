import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMedia, getUploaderName, listMediaUsage } from "@/db/queries/media";
import { formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { newsroomPage } from "../../newsroom-page";
import { getAdminDictionary } from "../../admin-language";
import { deleteMedia, updateMedia } from "../actions";
import { MediaDeleteForm } from "../media-delete-form";
import { MediaEditForm } from "../media-edit-form";
import { MediaUsageList } from "../media-usage-list";
import { mediaIdSchema } from "../schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.media.edit.title };
}

export default async function EditMediaPage({ params, searchParams }: PageProps<"/admin/media/[id]">) {
  const { id } = await params;
  await newsroomPage(`/admin/media/${encodeURIComponent(id)}`);
  const parsed = mediaIdSchema.safeParse({ id });
  const media = parsed.success ? await getMedia(parsed.data.id) : null;
  if (!media) notFound();
  const { lang, t } = await getAdminDictionary();
  const m = t.media;
  const uploader = await getUploaderName(media);
  const details = fill(uploader ? m.edit.details : m.edit.detailsUnknown, {
    width: media.width,
    height: media.height,
    date: formatDate(media.createdAt, lang),
    name: uploader ?? "",
  });
  const uploaded = (await searchParams).done === "uploaded";
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/media" className="self-start font-semibold text-brand underline">
        {m.edit.back}
      </Link>
      <h1 className="text-3xl font-bold">{m.edit.title}</h1>
      <p className="break-all text-muted">
        {media.fileName} · {details}
      </p>
      {uploaded ? (
        <p role="status" className="rounded border border-green-800 bg-green-50 px-4 py-2 font-semibold text-green-900">
          {m.edit.uploaded}
        </p>
      ) : null}
      <MediaEditForm
        media={media}
        action={updateMedia}
        alt={(lang === "gu" ? media.altGu : media.altEn) || media.altEn || media.altGu}
        t={t}
      />
      <MediaUsageList uses={await listMediaUsage(media.path)} t={m.edit} />
      <MediaDeleteForm id={media.id} action={deleteMedia} t={m.remove} />
    </div>
  );
}
