import type { Metadata } from "next";
import Link from "next/link";
import { AdminCommentsChart } from "@/components/admin/admin-comments-chart";
import { AdminPendingComments } from "@/components/admin/admin-pending-comments";
import { AdminStat } from "@/components/admin/admin-stat";
import * as dashboard from "@/db/queries/dashboard";
import { countQueues } from "@/db/queries/moderation-queues";
import type { Dictionary } from "@/lib/i18n";
import { newsroomPage } from "./newsroom-page";
import { getAdminDictionary } from "./admin-language";
import { dayMs, indiaDayStart } from "./india-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.dashboard.title };
}

/** Everything the dashboard shows, for the India-time day that is running now. */
async function loadDashboard(t: Dictionary["admin"]["dashboard"], now = Date.now()) {
  const today = indiaDayStart(now);
  const since = today - 29 * dayMs;
  const perDay = new Map((await dashboard.countCommentsPerDay(since)).map((row) => [row.day, row.count]));
  const queues = await countQueues();
  return {
    days: Array.from({ length: 30 }, (_, i) => ({ day: since + i * dayMs, count: perDay.get(since + i * dayMs) ?? 0 })),
    stats: [
      {
        label: t.publishedToday,
        value: await dashboard.countPublishedBetween(today, now),
        href: "/admin/articles?state=published",
      },
      { label: t.drafts, value: await dashboard.countDrafts(), href: "/admin/articles?state=draft" },
      { label: t.scheduled, value: await dashboard.countScheduled(now), href: "/admin/articles?state=scheduled" },
      { label: t.pending, value: queues.pending, href: "/admin/moderation?queue=pending" },
      { label: t.reported, value: queues.reported, href: "/admin/moderation?queue=reported" },
    ],
    waiting: await dashboard.listLatestPendingComments(5),
  };
}

export default async function DashboardPage() {
  await newsroomPage("/admin");
  const { lang, t } = await getAdminDictionary();
  const { days, stats, waiting } = await loadDashboard(t.dashboard);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t.dashboard.title}</h1>
        <Link
          href="/admin/articles/new"
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          {t.dashboard.writeArticle}
        </Link>
      </div>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="sr-only">
          {t.dashboard.counts}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {stats.map((stat) => (
            <AdminStat key={stat.label} {...stat} />
          ))}
        </dl>
      </section>
      <AdminPendingComments lang={lang} t={t.dashboard} comments={waiting} />
      <AdminCommentsChart lang={lang} t={t.dashboard} days={days} />
    </div>
  );
}
