import type { Metadata } from "next";
import Link from "next/link";
import { AdminSelectField } from "@/components/admin/admin-select-field";
import { AuditTable } from "./audit-table";
import { listAuditActors, listAuditEntries } from "@/db/queries/audit";
import { TextField } from "@/components/text-field";
import { auditKinds, moderationActions } from "@/db/schema";
import { newsroomPage } from "../newsroom-page";
import { getAdminDictionary } from "../admin-language";
import { auditLines } from "./audit-lines";
import { auditHref, auditSearchSchema, dayRange } from "./schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).dict.moderation.audit.title };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await newsroomPage("/admin/audit", "admin");
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.audit;
  const search = auditSearchSchema.parse(await searchParams);
  const { actor, action, kind, from, to } = search;
  const filtered = Boolean(actor || action || kind || from || to);
  const { rows, next } = await listAuditEntries({ actorId: actor, action, kind, ...dayRange(from, to) }, search.before);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <form
        method="get"
        action="/admin/audit"
        aria-label={t.filtersLabel}
        className="flex flex-wrap items-end gap-3 rounded border border-line bg-paper p-3"
      >
        <AdminSelectField
          id="audit-actor"
          name="actor"
          label={t.actor}
          defaultValue={actor ? String(actor) : ""}
          options={[
            { value: "", label: t.anyone },
            ...(await listAuditActors()).map((a) => ({ value: String(a.id), label: a.name })),
          ]}
        />
        <AdminSelectField
          id="audit-kind"
          name="kind"
          label={t.kind}
          defaultValue={kind ?? ""}
          options={[
            { value: "", label: t.anyKind },
            ...(Object.keys(auditKinds) as (keyof typeof auditKinds)[]).map((k) => ({ value: k, label: t.kinds[k] })),
          ]}
        />
        <AdminSelectField
          id="audit-action"
          name="action"
          label={t.action}
          defaultValue={action ?? ""}
          options={[
            { value: "", label: t.anyAction },
            ...moderationActions.map((a) => ({ value: a, label: t.actions[a] })),
          ]}
        />
        <TextField id="audit-from" name="from" type="date" label={t.from} defaultValue={from ?? ""} />
        <TextField id="audit-to" name="to" type="date" label={t.to} defaultValue={to ?? ""} />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t.apply}
        </button>
        {filtered ? (
          <Link href="/admin/audit" className="py-2 font-semibold text-brand underline">
            {t.clear}
          </Link>
        ) : null}
      </form>
      {rows.length === 0 ? (
        <p className="text-muted">{t.none}</p>
      ) : (
        <AuditTable lines={auditLines(rows, lang, dict)} t={t} />
      )}
      <nav aria-label={t.title} className="flex gap-4 font-semibold">
        {search.before ? (
          <Link href={auditHref({ ...search, before: undefined })} className="text-brand underline">
            {t.newest}
          </Link>
        ) : null}
        {next ? (
          <Link href={auditHref({ ...search, before: next })} rel="next" className="text-brand underline">
            {t.older}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
