import { hash } from "@node-rs/argon2";
import { passwordHashing } from "../../lib/password-hashing";
import type { FixtureDatabase } from "./fixture-database";

// What the comment and moderation tests arrange straight in the database, as SQL both engines read.

export type Commenter = { id: number; name: string; email: string; password: string };

export const freshStorySql = `insert into articles (edition, slug, title, dek, body, category_id, author_id, status, published_at, updated_at)
  select 'en', ?, 'A story for the comment tests', 'A short summary.', 'A paragraph of text.', category_id, author_id, 'published', published_at, updated_at
  from articles where edition = 'en' and status = 'published' limit 1`;

export const commenterSql =
  "insert into users (email, name, password_hash, role) values (?, ?, ?, 'commenter') returning id";

export const commentSql = `insert into comments (article_id, user_id, body, status, held_reason, created_at)
  select id, ?, ?, ?, case when ? = 'pending' then 'new-author' end, ? from articles where edition = 'en' and slug = ? returning id`;

export const commentParams = (slug: string, userId: number, body: string, status: string, minutesAgo: number) => [
  userId,
  body,
  status,
  status,
  Date.now() - minutesAgo * 60_000,
  slug,
];

let serial = 0;

/** The fixtures on one engine's database. */
export function storyFixtures(db: FixtureDatabase) {
  return {
    /** A published English story no one has read yet, so no cached page can hide what a test arranges under it. */
    async addFreshStory(slug: string): Promise<string> {
      await db.rows(freshStorySql, [slug]);
      return `/en/article/${slug}`;
    },

    /** A brand-new commenter with no approved comments yet, so their comments wait for moderation. */
    async createCommenter(name: string): Promise<Commenter> {
      const email = `e2e-comments-${Date.now()}-${++serial}@example.com`;
      const password = "a commenter's long passphrase";
      const [row] = await db.rows<{ id: number }>(commenterSql, [email, name, await hash(password, passwordHashing)]);
      return { id: row.id, name, email, password };
    },

    /** A comment on an English story, waiting for a moderator unless told otherwise. */
    async addComment(slug: string, userId: number, body: string, { status = "pending", minutesAgo = 1 } = {}) {
      const [row] = await db.rows<{ id: number }>(commentSql, commentParams(slug, userId, body, status, minutesAgo));
      return row.id;
    },

    async bannedUntil(userId: number): Promise<number | null> {
      const [row] = await db.rows<{ banned_until: number | null }>("select banned_until from users where id = ?", [
        userId,
      ]);
      return row.banned_until;
    },
  };
}

export type StoryFixtures = ReturnType<typeof storyFixtures>;
