import Link from "next/link";
import type { Dictionary } from "@/lib/i18n";

export type AuditLine = {
  id: number;
  when: { iso: string; text: string };
  who: string;
  what: string;
  commentId: number | null;
  person: { name: string; href: string } | null;
  /** A story's entry links to the story and to its revisions, where each save's change can be compared and undone. */
  story: { title: string; href: string; changes: string } | null;
  change: string;
  note: string;
};

/** One page of the audit log, newest first. */
export function AuditTable({ lines, t }: { lines: AuditLine[]; t: Dictionary["moderation"]["audit"] }) {
  const th = "px-3 py-2 text-left font-semibold";
  return (
    <div className="overflow-x-auto rounded border border-line bg-paper">
      <table className="w-full text-sm">
        <thead className="bg-wash">
          <tr>
            {(["when", "who", "what", "story", "comment", "person", "change", "note"] as const).map((column) => (
              <th key={column} scope="col" className={th}>
                {t.columns[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {lines.map((line) => (
            <tr key={line.id}>
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={line.when.iso}>{line.when.text}</time>
              </td>
              <td className="px-3 py-2">{line.who}</td>
              <td className="px-3 py-2">{line.what}</td>
              <td className="px-3 py-2">
                {line.story ? (
                  <>
                    <Link href={line.story.href} className="text-brand underline">
                      {line.story.title}
                    </Link>{" "}
                    (
                    <Link href={line.story.changes} className="text-brand underline">
                      {t.viewChanges}
                    </Link>
                    )
                  </>
                ) : null}
              </td>
              <td className="px-3 py-2">
                {line.commentId ? (
                  <Link href={`/admin/moderation/${line.commentId}`} className="text-brand underline">
                    #{line.commentId}
                  </Link>
                ) : null}
              </td>
              <td className="px-3 py-2">
                {line.person ? (
                  <Link href={line.person.href} className="text-brand underline">
                    {line.person.name}
                  </Link>
                ) : null}
              </td>
              <td className="px-3 py-2">{line.change}</td>
              <td className="px-3 py-2 break-words">{line.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
