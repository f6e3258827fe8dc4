import Link from "next/link";
import { type Dictionary, fill } from "@/lib/i18n";

type Tab = { queue: keyof Dictionary["moderation"]["desk"]["queues"]; count: number; href: string };
type Props = { tabs: Tab[]; current: string; text: Dictionary["moderation"]["desk"] };

/** The five queues with their counts; the current one is marked for screen readers too. */
export function ModerationTabs({ tabs, current, text }: Props) {
  return (
    <nav aria-label={text.queuesLabel}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.queue}>
            <Link
              href={tab.href}
              aria-current={tab.queue === current ? "page" : undefined}
              className="inline-block rounded border border-line bg-paper px-3 py-1 font-semibold hover:bg-wash aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-white"
            >
              {fill(text.queueCount, { queue: text.queues[tab.queue], count: tab.count.toLocaleString("en-IN") })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
