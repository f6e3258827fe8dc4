import type { Metadata } from "next";
import Link from "next/link";
import { AdminSelectField } from "@/components/admin/admin-select-field";
import { AuditTable } from "@/components/admin/audit-table";
import { listAuditActors, listAuditEntries } from "@/db/queries/audit";
import { moderationActions } from "@/db/schema";
import { newsroomPage } from "../access";
import { getAdminDictionary } from "../admin-language";
import { auditLines } from "./audit-lines";
import { auditHref, auditSearchSchema } from "./schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).dict.moderation.audit.title };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await newsroomPage("/admin/audit", "admin");
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.audit;
  const search = auditSearchSchema.parse(await searchParams);
  const { actor, action } = search;
  const { rows, next } = listAuditEntries({ actorId: actor, action }, search.before);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <form method="get" action="/admin/audit" aria-label={t.filtersLabel} className="flex flex-wrap items-end gap-3 rounded border border-line bg-paper p-3">
        <AdminSelectField id="audit-actor" name="actor" label={t.actor} defaultValue={actor ? String(actor) : ""}
          options={[{ value: "", label: t.anyone }, ...listAuditActors().map((a) => ({ value: String(a.id), label: a.name }))]} />
        <AdminSelectField id="audit-action" name="action" label={t.action} defaultValue={action ?? ""}
          options={[{ value: "", label: t.anyAction }, ...moderationActions.map((a) => ({ value: a, label: t.actions[a] }))]} />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">{t.apply}</button>
        {actor || action ? <Link href="/admin/audit" className="py-2 font-semibold text-brand underline">{t.clear}</Link> : null}
      </form>
      {rows.length === 0 ? <p className="text-muted">{t.none}</p> : <AuditTable lines={auditLines(rows, lang, dict)} t={t} />}
      <nav aria-label={t.title} className="flex gap-4 font-semibold">
        {search.before ? <Link href={auditHref({ actor, action })} className="text-brand underline">{t.newest}</Link> : null}
        {next ? <Link href={auditHref({ actor, action, before: next })} rel="next" className="text-brand underline">{t.older}</Link> : null}
      </nav>
    </div>
  );
}
