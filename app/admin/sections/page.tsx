import type { Metadata } from "next";
import { SectionForm } from "./section-form";
import { listSections } from "@/db/queries/sections";
import { fill } from "@/lib/i18n";
import { newsroomPage } from "../newsroom-page";
import { getAdminDictionary } from "../admin-language";
import { createSection, deleteSection, moveSection, renameSection } from "./actions";
import { sectionLimits } from "./schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).dict.moderation.sections.title };
}

export default async function SectionsPage() {
  await newsroomPage("/admin/sections", "admin");
  const { lang, dict } = await getAdminDictionary();
  const t = dict.moderation.sections;
  const sections = await listSections();
  const nameFields = (nameEn = "", nameGu = "") => [
    { name: "nameEn", label: t.nameEn, defaultValue: nameEn, maxLength: sectionLimits.name, lang: "en" },
    { name: "nameGu", label: t.nameGu, defaultValue: nameGu, maxLength: sectionLimits.name, lang: "gu" },
  ];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-muted">{t.intro}</p>
      </div>
      <ol aria-label={t.listLabel} className="flex flex-col gap-3">
        {sections.map((section, index) => {
          const name = lang === "gu" ? section.nameGu : section.nameEn;
          return (
            <li
              key={section.id}
              aria-label={name}
              className="flex flex-col gap-3 rounded border border-line bg-paper p-4"
            >
              <h2 className="text-lg font-bold">
                {fill(t.position, { position: index + 1 })}: {name}{" "}
                <span className="font-normal text-muted">
                  /{section.slug} · {fill(t.articles, { count: section.articles })}
                </span>
              </h2>
              <SectionForm
                action={renameSection}
                label={`${t.rename}: ${name}`}
                submitLabel={t.rename}
                hidden={{ id: section.id }}
                fields={nameFields(section.nameEn, section.nameGu)}
              />
              <div className="flex flex-wrap gap-3">
                {index > 0 ? (
                  <SectionForm
                    action={moveSection}
                    label={`${t.moveUp}: ${name}`}
                    submitLabel={t.moveUp}
                    hidden={{ id: section.id, direction: "up" }}
                  />
                ) : null}
                {index < sections.length - 1 ? (
                  <SectionForm
                    action={moveSection}
                    label={`${t.moveDown}: ${name}`}
                    submitLabel={t.moveDown}
                    hidden={{ id: section.id, direction: "down" }}
                  />
                ) : null}
                {section.articles === 0 ? (
                  <SectionForm
                    action={deleteSection}
                    label={`${t.delete}: ${name}`}
                    submitLabel={t.delete}
                    hidden={{ id: section.id }}
                    confirm={fill(t.confirmDelete, { name })}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="new-section-heading" className="rounded border border-line bg-paper p-4">
        <h2 id="new-section-heading" className="mb-3 text-xl font-bold">
          {t.createHeading}
        </h2>
        <SectionForm
          action={createSection}
          label={t.createHeading}
          submitLabel={t.create}
          fields={[{ name: "slug", label: t.slug, hint: t.slugHint, maxLength: sectionLimits.slug }, ...nameFields()]}
        />
      </section>
    </div>
  );
}
