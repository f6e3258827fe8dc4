import type Database from "better-sqlite3";
import { db } from "@/db";
import { freshDatabase } from "./unit-database";

/** The connection behind `db`, for arranging rows the way a test needs them. */
export const sqlite = () => (db as unknown as { $client: Database.Database }).$client;

/** A migrated database with one section, a story in each edition, a moderator and three readers. */
export async function notificationFixtures() {
  await freshDatabase({ seed: false });
  const run = (sql: string, ...args: unknown[]) =>
    (
      sqlite()
        .prepare(sql)
        .get(...args) as { id: number }
    ).id;
  const category = run("insert into categories (slug, name_en, name_gu) values ('city', 'City', 'શહેર') returning id");
  const person = (email: string, name: string, role = "commenter") =>
    run("insert into users (email, name, role) values (?, ?, ?) returning id", email, name, role);
  const moderator = person("meera@example.test", "Meera", "editor");
  const asha = person("asha@example.test", "Asha");
  const bharat = person("bharat@example.test", "Bharat");
  const chetan = person("chetan@example.test", "Chetan");
  const story = (edition: "gu" | "en", slug: string, title: string) =>
    run(
      "insert into articles (edition, slug, title, category_id, author_id, status, published_at) values (?, ?, ?, ?, ?, 'published', ?) returning id",
      edition,
      slug,
      title,
      category,
      moderator,
      Date.now() - 3_600_000,
    );
  return {
    moderator,
    asha,
    bharat,
    chetan,
    enStory: story("en", "bus-routes", "New bus routes"),
    guStory: story("gu", "bus-routes-gu", "નવા બસ રૂટ"),
  };
}

export function addComment(
  articleId: number,
  userId: number,
  status = "pending",
  parentId: number | null = null,
  body = "A comment about the routes.",
): number {
  return (
    sqlite()
      .prepare(
        "insert into comments (article_id, user_id, parent_id, body, status) values (?, ?, ?, ?, ?) returning id",
      )
      .get(articleId, userId, parentId, body, status) as { id: number }
  ).id;
}

export type OutboxEntry = {
  id: number;
  user_id: number;
  kind: string;
  comment_id: number;
  state: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
};

export const outbox = () => sqlite().prepare("select * from notification_outbox order by id").all() as OutboxEntry[];
