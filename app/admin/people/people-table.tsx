import Link from "next/link";
import type { Dictionary } from "@/lib/i18n";

export type PersonLine = {
  id: number;
  name: string;
  email: string;
  role: string;
  state: string;
  trusted: boolean;
  approved: number;
  joined: { iso: string; text: string };
  self: boolean;
};

/** The accounts on one page of People, each with a link to manage them. */
export function PeopleTable({ people, t }: { people: PersonLine[]; t: Dictionary["moderation"]["people"] }) {
  const th = "px-3 py-2 text-left font-semibold";
  return (
    <div className="overflow-x-auto rounded border border-line bg-paper">
      <table className="w-full text-sm">
        <thead className="bg-wash">
          <tr>
            <th scope="col" className={th}>
              {t.columns.name}
            </th>
            <th scope="col" className={th}>
              {t.columns.email}
            </th>
            <th scope="col" className={th}>
              {t.columns.role}
            </th>
            <th scope="col" className={th}>
              {t.columns.state}
            </th>
            <th scope="col" className={th}>
              {t.columns.approved}
            </th>
            <th scope="col" className={th}>
              {t.columns.joined}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row" className={th}>
                <Link href={`/admin/people/${person.id}`} className="text-brand underline">
                  {person.name}
                </Link>{" "}
                {person.self ? t.you : null}
              </th>
              <td className="px-3 py-2 break-all">{person.email}</td>
              <td className="px-3 py-2">{person.role}</td>
              <td className="px-3 py-2">
                {person.state}
                {person.trusted ? ` · ${t.trusted}` : ""}
              </td>
              <td className="px-3 py-2">{person.approved}</td>
              <td className="px-3 py-2">
                <time dateTime={person.joined.iso}>{person.joined.text}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
