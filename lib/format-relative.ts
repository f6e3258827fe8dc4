import type { Edition } from "@/db/schema";

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const formatters: Record<Edition, Intl.RelativeTimeFormat> = {
  en: new Intl.RelativeTimeFormat("en", { numeric: "auto" }),
  gu: new Intl.RelativeTimeFormat("gu", { numeric: "auto" }),
};

/** "5 minutes ago" / "5 મિનિટ પહેલાં"; under a minute is "now" / "હમણાં". */
export function formatRelative(ms: number, lang: Edition, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - ms) / 1000));
  for (const [unit, size] of steps) {
    if (seconds >= size) return formatters[lang].format(-Math.floor(seconds / size), unit);
  }
  return formatters[lang].format(0, "second");
}
