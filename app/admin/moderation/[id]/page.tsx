import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ModerationContextList } from "../moderation-context-list";
import { ModerationQueue } from "../moderation-queue";
import { ModerationReplyForm } from "./moderation-reply-form";
import { listCommentHistory } from "@/db/queries/audit";
import { getCommentContext } from "@/db/queries/comment-context";
import { getQueueRow, listOpenReports } from "@/db/queries/moderation-queues";
import { getUserById } from "@/db/queries/users";
import { fill } from "@/lib/i18n";
import { newsroomPage } from "../../newsroom-page";
import { getAdminDictionary } from "../../admin-language";
import { moderate, replyFromDesk } from "../actions";
import { contextItems, historyLines } from "../context-items";
import { toQueueItems } from "../queue-items";

async function commentId(params: PageProps<"/admin/moderation/[id]">["params"]): Promise<number> {
  const raw = (await params).id;
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : 0;
}

export async function generateMetadata({ params }: PageProps<"/admin/moderation/[id]">): Promise<Metadata> {
  return { title: fill((await getAdminDictionary()).dict.moderation.context.title, { id: await commentId(params) }) };
}

export default async function CommentContextPage({ params }: PageProps<"/admin/moderation/[id]">) {
  const id = await commentId(params);
  const staff = await newsroomPage(`/admin/moderation/${id || ""}`);
  const row = id ? await getQueueRow(id) : null;
  if (!row) notFound();
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.context;
  const around = await getCommentContext({ id: row.id, articleId: row.articleId, createdAt: row.createdAt });
  const history = historyLines(await listCommentHistory(row.id), lang, dict);
  const item = toQueueItems([row], await listOpenReports([row.id]), { lang, dict, queue: "pending" });
  const list = (key: "ancestors" | "replies" | "before" | "after") => (
    <ModerationContextList
      id={`context-${key}`}
      heading={t[key]}
      items={contextItems(around[key], lang, dict)}
      empty={t.none}
    />
  );
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/moderation" className="font-semibold text-brand underline">
        {t.back}
      </Link>
      <h1 className="text-3xl font-bold">{fill(t.title, { id: row.id })}</h1>
      <p>
        <Link href={item[0].article.href} lang={row.articleEdition} className="font-semibold underline">
          {fill(t.onStory, { title: row.articleTitle })}
        </Link>
        {" · "}
        {fill(t.status, {
          status: row.deletedAt ? dict.moderation.statuses.deleted : dict.moderation.statuses[row.status],
        })}
      </p>
      {list("ancestors")}
      <ModerationQueue
        items={item}
        action={moderate}
        text={dict.moderation.desk}
        bulk={false}
        shortcuts={(await getUserById(staff.id))?.keyboardShortcuts ?? true}
      />
      {!row.deletedAt && row.status === "approved" ? (
        <ModerationReplyForm commentId={row.id} t={dict.moderation.reply} action={replyFromDesk} />
      ) : null}
      {list("replies")}
      {list("before")}
      {list("after")}
      <section aria-labelledby="history-heading" className="rounded border border-line bg-paper p-4">
        <h2 id="history-heading" className="text-lg font-bold">
          {t.history}
        </h2>
        {history.length === 0 ? (
          <p className="mt-2 text-muted">{t.noHistory}</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {history.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
