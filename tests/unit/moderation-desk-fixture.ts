import { db } from "@/db";
import { articles, categories, commentReports, comments, users } from "@/db/tables";
import { freshDatabase } from "../helpers/unit-database";

// A small desk shared by the moderation tests: an admin, an editor, three readers, two stories in one
// section, and comments in several states. `clock` moves on one second per comment written.

export const people: Record<string, number> = {};
export const stories: number[] = [];
export let clock = Date.UTC(2026, 10, 1);

export async function person(name: string, role: "commenter" | "editor" | "admin" = "commenter") {
  people[name] = (
    await db
      .insert(users)
      .values({ email: `${name}@example.test`, name, role })
      .returning({ id: users.id })
  )[0].id;
}

export async function comment(
  author: string,
  status: "pending" | "approved" | "spam" | "rejected",
  extra: { article?: number; parentId?: number } = {},
) {
  clock += 1000;
  return (
    await db
      .insert(comments)
      .values({
        articleId: extra.article ?? stories[0],
        userId: people[author],
        parentId: extra.parentId ?? null,
        body: `${status} by ${author} at ${clock}`,
        status,
        heldReason: status === "pending" ? "new-author" : null,
        createdAt: clock,
      })
      .returning({ id: comments.id })
  )[0].id;
}

/** What each queue holds, counted the slow way, to check the counter table and the queries against. */
export async function countedByHand(filter: { articleId?: number; authorId?: number } = {}) {
  const rows = (await db.select().from(comments)).filter(
    (c) =>
      c.deletedAt === null &&
      (!filter.articleId || c.articleId === filter.articleId) &&
      (!filter.authorId || c.userId === filter.authorId),
  );
  const reported = new Set(
    (await db.select().from(commentReports)).filter((r) => r.resolvedAt === null).map((r) => r.commentId),
  );
  const of = (status: string) => rows.filter((c) => c.status === status).length;
  return {
    pending: of("pending"),
    reported: rows.filter((c) => reported.has(c.id)).length,
    approved: of("approved"),
    spam: of("spam"),
    rejected: of("rejected"),
  };
}

/** A fresh database holding the desk; returns its file. */
export async function setUpDesk(): Promise<string> {
  const file = await freshDatabase({ seed: false });
  await fillDesk();
  return file;
}

/** The desk, written into the empty database `db` is open on (either engine). */
export async function fillDesk(): Promise<void> {
  stories.length = 0;
  await person("admin", "admin");
  await person("meera", "editor");
  for (const name of ["asha", "bharat", "chirag"]) await person(name);
  const section = (
    await db
      .insert(categories)
      .values({ slug: "city", nameEn: "City", nameGu: "શહેર", position: 0 })
      .returning({ id: categories.id })
  )[0].id;
  for (const slug of ["first-story", "second-story"]) {
    stories.push(
      (
        await db
          .insert(articles)
          .values({
            edition: "en",
            slug,
            title: slug,
            categoryId: section,
            authorId: people.meera,
            status: "published",
            publishedAt: clock,
          })
          .returning({ id: articles.id })
      )[0].id,
    );
  }
  for (let i = 0; i < 7; i++) await comment(i % 2 ? "asha" : "bharat", "pending");
  for (let i = 0; i < 5; i++) await comment("chirag", "approved", { article: stories[1] });
  await comment("asha", "spam");
}
