import { expect, it } from "vitest";
import { getSection } from "@/db/queries/article-editor-reads";
import { createSection, deleteSection, listSections, moveSection, renameSection } from "@/db/queries/sections";
import { describeOnEngines } from "../helpers/engines";
import { fillDesk } from "./moderation-desk-fixture";

describeOnEngines("sections", fillDesk, () => {
  it("are created at the end, refuse a taken slug, move, and are deleted only when empty", async () => {
    const sport = (await createSection({ slug: "sport", nameEn: "Sport", nameGu: "રમતગમત" }))!;
    expect(await createSection({ slug: "sport", nameEn: "Other", nameGu: "બીજું" })).toBeNull();
    expect((await listSections()).map((s) => [s.slug, s.articles])).toEqual([
      ["city", 2],
      ["sport", 0],
    ]);
    expect(await moveSection(sport, "up")).toBe(true);
    expect(await moveSection(sport, "up")).toBe(false);
    expect((await listSections()).map((s) => [s.slug, s.position])).toEqual([
      ["sport", 0],
      ["city", 1],
    ]);
    expect(await deleteSection((await listSections())[1].id)).toBe("not-empty");
    expect(await deleteSection(sport)).toBe("deleted");
  });

  it("are renamed in both languages, and an unknown one is not", async () => {
    const city = (await listSections()).find((s) => s.slug === "city")!.id;
    expect(await renameSection(city, { nameEn: "The City", nameGu: "નગર" })).toBe(true);
    expect(await getSection(city)).toMatchObject({ slug: "city", nameEn: "The City", nameGu: "નગર" });
    expect(await renameSection(999_999, { nameEn: "x", nameGu: "x" })).toBe(false);
    expect(await getSection(999_999)).toBeNull();
  });
});
