import { searchCap } from "@/db/queries/search";
import { insertNumbered, type SeedRow, type SeedWriter } from "@/db/seed/writer";

// The stories of tests/unit/search.test.ts, written alike into SQLite and PostgreSQL through the seed's writer.

const hour = 3_600_000;
export const sections = { gujarat: 1, business: 2 };

type Story = {
  edition: "en" | "gu";
  slug: string;
  title: string;
  dek?: string;
  body?: string;
  status?: "draft" | "scheduled" | "published";
  hoursAgo?: number | null;
  category?: number;
  deleted?: boolean;
};

const stories: Story[] = [
  {
    edition: "en",
    slug: "metro-opens",
    title: "Metro line opens to Gandhinagar",
    dek: "Commuters cheer the new stretch.",
    body: "Trains run every twelve minutes.",
    hoursAgo: 5,
  },
  {
    edition: "en",
    slug: "city-budget",
    title: "City budget passes",
    dek: "Roads and drains get more.",
    body: "A small sum also goes to the metro feeder buses.",
  },
  {
    edition: "en",
    slug: "cotton-prices-older",
    title: "Cotton prices firm at Rajkot yard",
    body: "Traders expect steady arrivals.",
    hoursAgo: 30,
    category: sections.business,
  },
  {
    edition: "en",
    slug: "cotton-prices-newer",
    title: "Cotton prices firm at Rajkot yard",
    body: "Traders expect steady arrivals.",
    hoursAgo: 3,
    category: sections.business,
  },
  { edition: "en", slug: "metro-draft", title: "Metro fares to rise", status: "draft", hoursAgo: null },
  { edition: "en", slug: "metro-scheduled", title: "Metro night service", status: "scheduled", hoursAgo: -24 },
  { edition: "en", slug: "metro-deleted", title: "Metro parking plan", deleted: true },
  { edition: "gu", slug: "desh-samachar", title: "દેશના સમાચાર", body: "આખા દેશ માં વરસાદ પડ્યો." },
  { edition: "gu", slug: "dash-varsh", title: "દશ વર્ષ પછી પુલ ખુલ્યો", body: "દશ વર્ષની રાહ પૂરી થઈ." },
  { edition: "gu", slug: "gujarat-metro", title: "ગુજરાતમાં મેટ્રોનો બીજો તબક્કો શરૂ", dek: "ગાંધીનગર સુધી સીધી સવારી." },
  { edition: "en", slug: "rain-update", title: "Showers expected this week" },
  {
    edition: "en",
    slug: "long-read",
    title: "A long walk through the old city",
    body: `${"The lanes wind past temples and wells and shuttered shops. ".repeat(8)}Then the tramway appears. ${"Children play cricket in the square while vendors call out. ".repeat(8)}`,
  },
  { edition: "en", slug: "harvest-headline-old", title: "Harvest festival in the villages", hoursAgo: 900 },
  ...Array.from({ length: searchCap + 4 }, (_, i): Story => ({
    edition: "en",
    slug: `harvest-mention-${i + 1}`,
    title: `District notes ${i + 1}`,
    body: "The harvest was good this year.",
    hoursAgo: 800 - (i + 1) / hour,
  })),
  { edition: "en", slug: "harvest-headline-new", title: "Harvest fair opens", hoursAgo: 2 },
];

/** Writes the sections, a reporter, the stories and one tag ("Monsoon" on rain-update); the same ids on both engines. */
export async function writeSearchFixtures(writer: SeedWriter, now: number): Promise<void> {
  await writer.transaction(async () => {
    await insertNumbered(
      writer,
      "categories",
      ["slug", "name_en", "name_gu", "position"],
      [
        ["gujarat", "Gujarat", "ગુજરાત", 0],
        ["business", "Business", "બિઝનેસ", 1],
      ],
    );
    const [author] = await insertNumbered(
      writer,
      "users",
      ["email", "name", "slug", "role"],
      [["reporter@example.com", "Reporter", "reporter", "editor"]],
    );
    const rows = stories.map((story): SeedRow => {
      const hoursAgo = story.hoursAgo === undefined ? 1 : story.hoursAgo;
      return [
        story.edition,
        story.slug,
        story.title,
        story.dek ?? "",
        story.body ?? "",
        story.category ?? sections.gujarat,
        author,
        story.status ?? "published",
        hoursAgo === null ? null : Math.round(now - hoursAgo * hour),
        story.deleted ? now - hour : null,
      ];
    });
    const columns = ["edition", "slug", "title", "dek", "body", "category_id", "author_id", "status"];
    const ids = await insertNumbered(writer, "articles", [...columns, "published_at", "deleted_at"], rows);
    const [tag] = await insertNumbered(writer, "tags", ["edition", "slug", "name"], [["en", "monsoon", "Monsoon"]]);
    const rainUpdate = ids[stories.findIndex((story) => story.slug === "rain-update")];
    await writer.insert("article_tags", ["article_id", "tag_id"], [[rainUpdate, tag]]);
  });
}
