import { seedCategories } from "./categories";
import { seedPeople } from "./people";
import type { SeedArticle, SeedComment } from "./types";

/** Stories readers must never see yet: two drafts and one scheduled for two days ahead, per edition. */
export const hiddenSlugs = {
  en: {
    draft: "draft-port-expansion-plan",
    secondDraft: "draft-monsoon-readiness-review",
    scheduled: "scheduled-budget-session-preview",
  },
  gu: {
    draft: "draft-bandar-vistar-yojana",
    secondDraft: "draft-chomasu-taiyari-samiksha",
    scheduled: "scheduled-bajet-satra-purvavalokan",
  },
} as const;

/** Refuses demo content whose slugs, sections, people, translations or comments do not fit together. */
export function validate(all: SeedArticle[], seedComments: SeedComment[]): void {
  const problems: string[] = [];
  const keys = new Set<string>();
  const categorySlugs = new Set<string>(seedCategories.map((c) => c.slug));
  const people = new Set(seedPeople.map((p) => p.slug));
  for (const a of all) {
    const key = `${a.edition}:${a.slug}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.slug))
      problems.push(`article ${key}: slug must be lowercase Latin words joined by hyphens`);
    if (keys.has(key)) problems.push(`article ${key}: duplicate slug`);
    keys.add(key);
    if (!categorySlugs.has(a.category)) problems.push(`article ${key}: unknown category "${a.category}"`);
    if (!people.has(a.author)) problems.push(`article ${key}: unknown author "${a.author}"`);
  }
  for (const a of all) {
    if (!a.translationOf) continue;
    if (a.edition !== "gu")
      problems.push(`article ${a.edition}:${a.slug}: only Gujarati articles may set translationOf`);
    else if (!keys.has(`en:${a.translationOf}`))
      problems.push(`article gu:${a.slug}: translates unknown English article "${a.translationOf}"`);
  }
  const translated = all.filter((a) => a.translationOf).map((a) => a.translationOf);
  for (const slug of new Set(translated.filter((s, i) => translated.indexOf(s) !== i)))
    problems.push(`English article "${slug}" has more than one translation`);
  for (const [edition, slugs] of Object.entries(hiddenSlugs)) {
    for (const slug of Object.values(slugs))
      if (!keys.has(`${edition}:${slug}`)) problems.push(`hidden story ${edition}:${slug} is missing`);
  }
  for (const c of seedComments) {
    if (!keys.has(`${c.edition}:${c.article}`)) problems.push(`comment on unknown article ${c.edition}:${c.article}`);
    if (!people.has(c.author)) problems.push(`comment by unknown person "${c.author}"`);
  }
  if (problems.length) throw new Error(`Demo content is invalid:\n  ${problems.join("\n  ")}`);
}
