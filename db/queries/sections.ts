import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "../index";
import { articles, categories } from "../schema";

/** Sections in navigation order, each with how many articles (of any status) file under it. */
export function listSections() {
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      nameEn: categories.nameEn,
      nameGu: categories.nameGu,
      position: categories.position,
      // Spelled out: drizzle leaves a column unqualified in a one-table select, and a bare "id" would mean a.id here.
      articles: sql<number>`(select count(*) from articles a where a.category_id = categories.id)`,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id))
    .all();
}

export type SectionRow = ReturnType<typeof listSections>[number];

/** Adds a section at the end of the navigation; null when the slug is taken. */
export function createSection(values: { slug: string; nameEn: string; nameGu: string }): number | null {
  return db.transaction((tx) => {
    if (tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, values.slug)).get()) return null;
    const last =
      tx
        .select({ max: sql<number | null>`max(${categories.position})` })
        .from(categories)
        .get()?.max ?? -1;
    return tx
      .insert(categories)
      .values({ ...values, position: last + 1 })
      .returning({ id: categories.id })
      .get().id;
  });
}

/** New names in both languages; the slug (and so every address) stays. False when there is no such section. */
export function renameSection(id: number, names: { nameEn: string; nameGu: string }): boolean {
  return db.update(categories).set(names).where(eq(categories.id, id)).run().changes > 0;
}

/** Swaps a section with its neighbour and renumbers them all 0…n-1. False when it cannot move that way. */
export function moveSection(id: number, direction: "up" | "down"): boolean {
  return db.transaction((tx) => {
    const order = tx
      .select({ id: categories.id })
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.id))
      .all()
      .map((row) => row.id);
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from === -1 || to < 0 || to >= order.length) return false;
    [order[from], order[to]] = [order[to], order[from]];
    order.forEach((sectionId, position) =>
      tx.update(categories).set({ position }).where(eq(categories.id, sectionId)).run(),
    );
    return true;
  });
}

/** Deletes a section only when no article (published, draft or deleted) files under it. */
export function deleteSection(id: number): "deleted" | "not-empty" | "missing" {
  return db.transaction((tx) => {
    if (tx.select({ id: articles.id }).from(articles).where(eq(articles.categoryId, id)).limit(1).get())
      return "not-empty";
    return tx.delete(categories).where(eq(categories.id, id)).run().changes > 0 ? "deleted" : "missing";
  });
}
