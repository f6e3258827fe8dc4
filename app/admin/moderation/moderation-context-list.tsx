import Link from "next/link";

export type ContextItem = {
  id: number;
  body: string;
  authorName: string;
  status: string;
  time: { iso: string; text: string };
  href: string;
};

type Props = { id: string; heading: string; items: ContextItem[]; empty: string };

/** Comments around the one being moderated, each one click from its own context. */
export function ModerationContextList({ id, heading, items, empty }: Props) {
  return (
    <section aria-labelledby={id} className="rounded border border-line bg-paper p-4">
      <h2 id={id} className="text-lg font-bold">
        {heading}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-line">
          {items.map((item) => (
            <li key={item.id} className="py-2">
              <p className="whitespace-pre-line break-words">{item.body}</p>
              <p className="text-sm text-muted">
                {item.authorName} · <time dateTime={item.time.iso}>{item.time.text}</time> · {item.status} ·{" "}
                <Link href={item.href} className="underline">
                  #{item.id}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
