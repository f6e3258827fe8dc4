import type { Metadata } from "next";
import Link from "next/link";
import { AdminSelectField } from "@/components/admin/admin-select-field";
import { PeopleTable } from "./people-table";
import { TextField } from "@/components/text-field";
import { listPeople, peoplePageSize } from "@/db/queries/people";
import { roles } from "@/db/schema";
import { formatDate, isoIndia } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { newsroomPage } from "../newsroom-page";
import { getAdminDictionary } from "../admin-language";
import { peopleHref, personState } from "./person-state";
import { peopleSearchSchema } from "./schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).dict.moderation.people.title };
}

export default async function PeoplePage({ searchParams }: PageProps<"/admin/people">) {
  const admin = await newsroomPage("/admin/people", "admin");
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.people;
  const { q, role, page } = peopleSearchSchema.parse(await searchParams);
  const { rows, total } = await listPeople({ query: q, role }, page);
  const pages = Math.max(1, Math.ceil(total / peoplePageSize));
  const lines = rows.map((p) => ({
    id: p.id,
    name: p.name,
    email: p.email,
    role: t.roles[p.role],
    state: personState(p.bannedUntil, lang, t),
    trusted: p.trusted,
    approved: p.approved,
    joined: { iso: isoIndia(p.createdAt), text: formatDate(p.createdAt, lang) },
    self: p.id === admin.id,
  }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <form
        method="get"
        action="/admin/people"
        role="search"
        aria-label={t.searchLabel}
        className="flex flex-wrap items-end gap-3 rounded border border-line bg-paper p-3"
      >
        <TextField id="people-q" name="q" type="search" label={t.query} defaultValue={q} maxLength={100} />
        <AdminSelectField
          id="people-role"
          name="role"
          label={t.role}
          defaultValue={role ?? ""}
          options={[{ value: "", label: t.anyRole }, ...roles.map((r) => ({ value: r, label: t.roles[r] }))]}
        />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t.search}
        </button>
        {q || role ? (
          <Link href="/admin/people" className="py-2 font-semibold text-brand underline">
            {t.clear}
          </Link>
        ) : null}
      </form>
      <p aria-live="polite">{fill(t.count, { count: total.toLocaleString("en-IN") })}</p>
      {lines.length === 0 ? <p className="text-muted">{t.none}</p> : <PeopleTable people={lines} t={t} />}
      <nav aria-label={t.title} className="flex gap-4 font-semibold">
        {page > 1 ? (
          <Link href={peopleHref({ q, role, page: page - 1 })} rel="prev" className="text-brand underline">
            {t.previous}
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={peopleHref({ q, role, page: page + 1 })} rel="next" className="text-brand underline">
            {t.next}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
