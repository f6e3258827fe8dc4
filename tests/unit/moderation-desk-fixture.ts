import { db } from "@/db";
import { articles, categories, commentReports, comments, users } from "@/db/schema";
import { freshDatabase } from "../helpers/unit-database";

// A small desk shared by the moderation tests: an admin, an editor, three readers, two stories in one
// section, and comments in several states. `clock` moves on one second per comment written.

export const people: Record<string, number> = {};
export const stories: number[] = [];
export let clock = Date.UTC(2026, 10, 1);

export function person(name: string, role: "commenter" | "editor" | "admin" = "commenter") {
  people[name] = db
    .insert(users)
    .values({ email: `${name}@example.test`, name, role })
    .returning({ id: users.id })
    .get().id;
}

export function comment(
  author: string,
  status: "pending" | "approved" | "spam" | "rejected",
  extra: { article?: number; parentId?: number } = {},
) {
  clock += 1000;
  return db
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
    .get().id;
}

/** What each queue holds, counted the slow way, to check the counter table and the queries against. */
export function countedByHand(filter: { articleId?: number; authorId?: number } = {}) {
  const rows = db
    .select()
    .from(comments)
    .all()
    .filter(
      (c) =>
        c.deletedAt === null &&
        (!filter.articleId || c.articleId === filter.articleId) &&
        (!filter.authorId || c.userId === filter.authorId),
    );
  const reported = new Set(
    db
      .select()
      .from(commentReports)
      .all()
      .filter((r) => r.resolvedAt === null)
      .map((r) => r.commentId),
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
  person("admin", "admin");
  person("meera", "editor");
  for (const name of ["asha", "bharat", "chirag"]) person(name);
  const section = db
    .insert(categories)
    .values({ slug: "city", nameEn: "City", nameGu: "શહેર", position: 0 })
    .returning({ id: categories.id })
    .get().id;
  for (const slug of ["first-story", "second-story"]) {
    stories.push(
      db
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
        .get().id,
    );
  }
  for (let i = 0; i < 7; i++) comment(i % 2 ? "asha" : "bharat", "pending");
  for (let i = 0; i < 5; i++) comment("chirag", "approved", { article: stories[1] });
  comment("asha", "spam");
  return file;
}
