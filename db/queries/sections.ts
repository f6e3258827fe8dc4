import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { changedRows, db, numberOrNull } from "../index";
import { atomically } from "../write";
import { articles, categories } from "../tables";

/** Sections in navigation order, each with how many articles (of any status) file under it. */
export async function listSections() {
  return await db
    .select({
      id: categories.id,
      slug: categories.slug,
      nameEn: categories.nameEn,
      nameGu: categories.nameGu,
      position: categories.position,
      // Spelled out: drizzle leaves a column unqualified in a one-table select, and a bare "id" would mean a.id here.
      articles: sql<number>`(select count(*) from articles a where a.category_id = categories.id)`.mapWith(Number),
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id));
}

export type SectionRow = Awaited<ReturnType<typeof listSections>>[number];

/** Adds a section at the end of the navigation; null when the slug is taken. */
export async function createSection(values: { slug: string; nameEn: string; nameGu: string }): Promise<number | null> {
  return atomically(async () => {
    if ((await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, values.slug)).limit(1))[0])
      return null;
    const last =
      (
        await db
          .select({ max: sql<number | null>`max(${categories.position})`.mapWith(numberOrNull) })
          .from(categories)
          .limit(1)
      )[0]?.max ?? -1;
    return (
      await db
        .insert(categories)
        .values({ ...values, position: last + 1 })
        .returning({ id: categories.id })
    )[0].id;
  });
}

/** New names in both languages; the slug (and so every address) stays. False when there is no such section. */
export async function renameSection(id: number, names: { nameEn: string; nameGu: string }): Promise<boolean> {
  return changedRows(await db.update(categories).set(names).where(eq(categories.id, id))) > 0;
}

/** Swaps a section with its neighbour and renumbers them all 0…n-1. False when it cannot move that way. */
export async function moveSection(id: number, direction: "up" | "down"): Promise<boolean> {
  return atomically(async () => {
    const order = (
      await db.select({ id: categories.id }).from(categories).orderBy(asc(categories.position), asc(categories.id))
    ).map((row) => row.id);
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from === -1 || to < 0 || to >= order.length) return false;
    [order[from], order[to]] = [order[to], order[from]];
    for (const [position, sectionId] of order.entries())
      await db.update(categories).set({ position }).where(eq(categories.id, sectionId));
    return true;
  });
}

/** Deletes a section only when no article (published, draft or deleted) files under it. */
export async function deleteSection(id: number): Promise<"deleted" | "not-empty" | "missing"> {
  return atomically(async () => {
    if ((await db.select({ id: articles.id }).from(articles).where(eq(articles.categoryId, id)).limit(1))[0])
      return "not-empty";
    return changedRows(await db.delete(categories).where(eq(categories.id, id))) > 0 ? "deleted" : "missing";
  });
}
