import type { Metadata } from "next";
import Link from "next/link";
import { LiveCoverageForm } from "./live-coverage-form";
import { LiveUpdateForm } from "./live-update-form";
import { LiveUpdateList } from "./live-update-list";
import { getLiveBlog, listDeskLiveUpdates } from "@/db/queries/live-updates";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { coverageEnd, liveState } from "@/lib/live-blog";
import { getAdminDictionary } from "../../../admin-language";
import { toIndiaInput } from "../../../india-time";
import { isLive } from "../../article-write";
import { loadArticle } from "../load";
import { addLiveUpdate, deleteLiveUpdate, editLiveUpdate, pinLiveUpdate, saveLiveCoverage } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.live.title };
}

export default async function LiveDeskPage({ params, searchParams }: PageProps<"/admin/articles/[id]/live">) {
  const { found } = await loadArticle(params, "/live");
  const { lang, t } = await getAdminDictionary();
  const { done } = await searchParams;
  const { article } = found;
  const blog = await getLiveBlog(article.id);
  const state = blog ? liveState(blog) : "none";
  const end = blog ? coverageEnd(blog) : null;
  const updates = await listDeskLiveUpdates(article.id);
  const notices: Record<string, string> = { deleted: t.live.deleted, pinned: t.live.pinChanged };
  const notice = typeof done === "string" ? notices[done] : undefined;
  const panel = "flex flex-col gap-3 rounded border border-line bg-paper p-4";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">
        {t.live.title}: <span lang={article.edition}>{article.title}</span>
      </h1>
      <p>
        <Link href={`/admin/articles/${article.id}`} className="font-semibold text-brand underline">
          {t.live.back}
        </Link>
      </p>
      <p className="text-muted">{t.live.intro}</p>
      {notice ? (
        <p role="status" className="rounded border border-green-800 bg-green-50 px-4 py-2 font-semibold text-green-900">
          {notice}
        </p>
      ) : null}
      <section aria-labelledby="live-coverage-heading" className={panel}>
        <h2 id="live-coverage-heading" className="text-lg font-bold">
          {t.live.coverage}
        </h2>
        <p>
          {state === "none"
            ? t.live.notStarted
            : state === "live"
              ? t.live.isLive
              : fill(t.live.isEnded, { date: end ? formatDateTime(end, lang) : "" })}
        </p>
        {!isLive(article) ? <p className="text-sm text-muted">{t.live.notPublished}</p> : null}
        <LiveCoverageForm
          articleId={article.id}
          state={state}
          liveUntil={blog?.liveUntil && state === "live" ? toIndiaInput(blog.liveUntil) : ""}
          t={t.live}
          action={saveLiveCoverage}
        />
      </section>
      <section aria-labelledby="live-new-heading" className={panel}>
        <h2 id="live-new-heading" className="text-lg font-bold">
          {t.live.newUpdate}
        </h2>
        {blog ? (
          <LiveUpdateForm articleId={article.id} edition={article.edition} t={t.live} action={addLiveUpdate} />
        ) : (
          <p className="text-muted">{t.live.startFirst}</p>
        )}
      </section>
      <section aria-labelledby="live-updates-heading" className="flex flex-col gap-3">
        <h2 id="live-updates-heading" className="text-lg font-bold">
          {fill(t.live.updates, { count: updates.length })}
        </h2>
        {updates.length === 0 ? (
          <p className="text-muted">{t.live.noUpdates}</p>
        ) : (
          <LiveUpdateList
            lang={lang}
            edition={article.edition}
            updates={updates}
            pinnedId={blog?.pinnedUpdateId ?? null}
            t={t.live}
            actions={{ edit: editLiveUpdate, remove: deleteLiveUpdate, pin: pinLiveUpdate }}
          />
        )}
      </section>
    </div>
  );
}
