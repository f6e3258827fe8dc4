import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PeopleForm } from "./people-form";
import { getPerson } from "@/db/queries/people";
import { roles } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { isBanned } from "@/auth/access";
import { newsroomPage } from "../../newsroom-page";
import { getAdminDictionary } from "../../admin-language";
import { banPerson, changeRole, liftBan, setTrust, suspendPerson } from "../actions";
import { personState } from "../person-state";
import { suspendLimits } from "../schema";

async function load(params: PageProps<"/admin/people/[id]">["params"]) {
  const raw = (await params).id;
  return /^[1-9]\d{0,15}$/.test(raw) ? await getPerson(Number(raw)) : null;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).dict.moderation.people.title };
}

export default async function PersonPage({ params }: PageProps<"/admin/people/[id]">) {
  const admin = await newsroomPage(`/admin/people/${(await params).id}`, "admin");
  const person = await load(params);
  if (!person) notFound();
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.people;
  const self = person.id === admin.id;
  const banned = isBanned(person);
  const rejectAll = { kind: "checkbox" as const, name: "rejectComments", label: t.rejectComments };
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Link href="/admin/people" className="font-semibold text-brand underline">
        {t.back}
      </Link>
      <h1 className="text-3xl font-bold">
        {person.name} {self ? t.you : null}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-line bg-paper p-4">
        <dt className="font-semibold">{t.columns.email}</dt>
        <dd className="break-all">{person.email}</dd>
        <dt className="font-semibold">{t.columns.role}</dt>
        <dd>{t.roles[person.role]}</dd>
        <dt className="font-semibold">{t.columns.state}</dt>
        <dd>
          {personState(person.bannedUntil, lang, t)}
          {person.trusted ? ` · ${t.trusted}` : ""}
        </dd>
        <dt className="font-semibold">{t.columns.approved}</dt>
        <dd>{person.approved}</dd>
        <dt className="font-semibold">{t.columns.joined}</dt>
        <dd>{formatDate(person.createdAt, lang)}</dd>
      </dl>
      <Link
        href={`/admin/moderation?queue=approved&author=${person.id}`}
        className="font-semibold text-brand underline"
      >
        {t.theirComments}
      </Link>
      {self ? (
        <p className="rounded border border-line bg-wash p-3">{t.selfNote}</p>
      ) : (
        <>
          <PeopleForm
            action={changeRole}
            heading={t.roleHeading}
            hint={t.roleHint}
            submitLabel={t.roleSubmit}
            personId={person.id}
            fields={[
              {
                kind: "select",
                name: "role",
                label: t.role,
                defaultValue: person.role,
                options: roles.map((r) => ({ value: r, label: t.roles[r] })),
              },
            ]}
          />
          {banned ? (
            <PeopleForm action={liftBan} heading={t.unbanSubmit} submitLabel={t.unbanSubmit} personId={person.id} />
          ) : null}
          <PeopleForm
            action={suspendPerson}
            heading={t.suspendHeading}
            submitLabel={t.suspendSubmit}
            personId={person.id}
            fields={[
              {
                kind: "number",
                name: "days",
                label: t.suspendDays,
                min: suspendLimits.minDays,
                max: suspendLimits.maxDays,
                defaultValue: 7,
              },
              rejectAll,
            ]}
          />
          <PeopleForm
            action={banPerson}
            heading={t.banHeading}
            submitLabel={t.banSubmit}
            personId={person.id}
            fields={[rejectAll]}
          />
        </>
      )}
      <PeopleForm
        action={setTrust}
        heading={t.trustHeading}
        hint={t.trustHint}
        submitLabel={person.trusted ? t.untrustSubmit : t.trustSubmit}
        personId={person.id}
        hidden={{ trusted: person.trusted ? "no" : "yes" }}
      />
    </div>
  );
}
