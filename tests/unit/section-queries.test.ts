import { beforeAll, describe, expect, it } from "vitest";
import { createSection, deleteSection, listSections, moveSection } from "@/db/queries/sections";
import { setUpDesk } from "./moderation-desk-fixture";

beforeAll(async () => {
  await setUpDesk();
});

describe("sections", () => {
  it("are created at the end, refuse a taken slug, move, and are deleted only when empty", () => {
    const sport = createSection({ slug: "sport", nameEn: "Sport", nameGu: "રમતગમત" })!;
    expect(createSection({ slug: "sport", nameEn: "Other", nameGu: "બીજું" })).toBeNull();
    expect(listSections().map((s) => [s.slug, s.articles])).toEqual([
      ["city", 2],
      ["sport", 0],
    ]);
    expect(moveSection(sport, "up")).toBe(true);
    expect(moveSection(sport, "up")).toBe(false);
    expect(listSections().map((s) => [s.slug, s.position])).toEqual([
      ["sport", 0],
      ["city", 1],
    ]);
    expect(deleteSection(listSections()[1].id)).toBe("not-empty");
    expect(deleteSection(sport)).toBe("deleted");
  });
});
