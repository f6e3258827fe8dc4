import type { Edition } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";

type Props = { lang: Edition; t: Dictionary["admin"]["dashboard"]; days: { day: number; count: number }[] };

// Drawn on the server as plain SVG: no chart library, nothing to load in the browser.
export function AdminCommentsChart({ lang, t, days }: Props) {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const busiest = days.reduce((top, d) => (d.count > top.count ? d : top), days[0]);
  const max = Math.max(1, busiest?.count ?? 0);
  const summary =
    total === 0
      ? t.chartEmpty
      : fill(t.chartSummary, { total, day: formatDate(busiest.day, lang), count: busiest.count });
  const step = 10;
  return (
    <section aria-labelledby="chart-heading" className="rounded border border-line bg-paper p-4">
      <h2 id="chart-heading" className="text-xl font-bold">
        {t.chartTitle}
      </h2>
      <p className="mt-1 text-sm text-muted">{summary}</p>
      <svg
        viewBox={`0 0 ${days.length * step} 100`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
        className="mt-3 h-40 w-full"
      >
        {days.map((d, i) => {
          const height = (d.count / max) * 96;
          return (
            <rect
              key={d.day}
              x={i * step + 1}
              y={100 - height}
              width={step - 2}
              height={Math.max(height, 0.5)}
              className="fill-brand"
            >
              <title>{fill(t.chartBar, { day: formatDate(d.day, lang), count: d.count })}</title>
            </rect>
          );
        })}
      </svg>
      <div className="mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
        <span>{formatDate(days[0].day, lang)}</span>
        <span>{formatDate(days[days.length - 1].day, lang)}</span>
      </div>
    </section>
  );
}
