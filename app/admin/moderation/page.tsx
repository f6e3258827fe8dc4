import type { Metadata } from "next";
import Link from "next/link";
import { ModerationFilters } from "./moderation-filters";
import { ModerationQueue } from "./moderation-queue";
import { ModerationShortcuts } from "./moderation-shortcuts";
import { ModerationTabs } from "./moderation-tabs";
import { countQueues, listOpenReports, listQueue, queues } from "@/db/queries/moderation-queues";
import { getUserById } from "@/db/queries/users";
import { accountPaths } from "@/lib/account-paths";
import { newsroomPage } from "../newsroom-page";
import { getAdminDictionary } from "../admin-language";
import { moderate } from "./actions";
import { deskHref } from "./desk-href";
import { resolveDeskFilters } from "./filters";
import { toQueueItems } from "./queue-items";
import { deskSearchSchema } from "./schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).dict.moderation.desk.title };
}

export default async function ModerationDeskPage({ searchParams }: PageProps<"/admin/moderation">) {
  const staff = await newsroomPage("/admin/moderation");
  const shortcuts = (await getUserById(staff.id))?.keyboardShortcuts ?? true;
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.desk;
  const search = deskSearchSchema.parse(await searchParams);
  const { queue, article, author } = search;
  const { filter, notes, problems, impossible } = await resolveDeskFilters(search, t);
  const [at, id] = search.after ? search.after.split(".").map(Number) : [];
  const counts = impossible ? null : await countQueues(filter);
  const page = impossible
    ? { rows: [], next: null }
    : await listQueue(queue, filter, search.after ? { at, id } : undefined);
  const items = toQueueItems(page.rows, await listOpenReports(page.rows.map((row) => row.id)), { lang, dict, queue });
  const tabs = queues.map((q) => ({
    queue: q,
    count: counts?.[q] ?? 0,
    href: deskHref({ queue: q, article, author }),
  }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <ModerationTabs tabs={tabs} current={queue} text={t} />
      <ModerationFilters
        text={t}
        queue={queue}
        article={article}
        author={author}
        clearHref={deskHref({ queue })}
        notes={notes}
        problems={problems}
      />
      <ModerationShortcuts text={t} enabled={shortcuts} settingsHref={accountPaths.account(lang)} />
      <ModerationQueue
        key={`${queue}:${article ?? ""}:${author ?? ""}:${search.after ?? ""}`}
        items={items}
        action={moderate}
        text={t}
        shortcuts={shortcuts}
      />
      <nav className="flex gap-4 font-semibold" aria-label={t.pagesLabel}>
        {search.after ? (
          <Link href={deskHref({ queue, article, author })} className="text-brand underline">
            {t.firstPage}
          </Link>
        ) : null}
        {page.next ? (
          <Link
            href={deskHref({ queue, article, author, after: `${page.next.at}.${page.next.id}` })}
            rel="next"
            className="text-brand underline"
          >
            {t.nextPage}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
