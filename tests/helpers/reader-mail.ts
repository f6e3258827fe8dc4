import { expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { withDatabase } from "./comment-thread";

export type ReaderMail = { to: string; subject: string; text: string; headers?: Record<string, string> };

const outboxDir = () => {
  const dir = process.env.OUTBOX_DIR;
  if (!dir) throw new Error("OUTBOX_DIR is not set: run end-to-end tests through `npm test`");
  return dir;
};

/** Every mail the test server has written to its outbox folder for one address, oldest first. */
export function mailsFor(address: string): ReaderMail[] {
  const dir = outboxDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as ReaderMail)
    .filter((mail) => mail.to === address);
}

/** The mail to `address` whose subject contains `subject`, once the sender loop has written it. */
export async function mailTo(address: string, subject: string): Promise<ReaderMail> {
  const find = () => mailsFor(address).find((mail) => mail.subject.includes(subject));
  await expect.poll(() => find()?.subject, { timeout: 20_000 }).toContain(subject);
  return find()!;
}

/** A published story no one has read yet, in either edition. */
export function addStory(edition: "gu" | "en", slug: string, title: string): string {
  withDatabase((db) =>
    db
      .prepare(
        `insert into articles (edition, slug, title, dek, body, category_id, author_id, status, published_at, updated_at)
     select ?, ?, ?, 'A short summary.', 'A paragraph of text.', category_id, author_id, 'published', published_at, updated_at
     from articles where status = 'published' limit 1`,
      )
      .run(edition, slug, title),
  );
  return `/${edition}/article/${encodeURIComponent(slug)}`;
}

/** A reader's comment (or reply) on a story, written straight into the test database. */
export function addReaderComment(
  edition: "gu" | "en",
  slug: string,
  userId: number,
  body: string,
  status = "pending",
  parentId: number | null = null,
): number {
  return withDatabase(
    (db) =>
      (
        db
          .prepare(
            `insert into comments (article_id, user_id, parent_id, body, status, held_reason, created_at)
     select id, ?, ?, ?, ?, case when ? = 'pending' then 'new-author' end, ? from articles where edition = ? and slug = ? returning id`,
          )
          .get(userId, parentId, body, status, status, Date.now() - 60_000, edition, slug) as { id: number }
      ).id,
  );
}

export type OutboxRow = { kind: string; state: string; attempts: number; last_error: string | null };

export const outboxFor = (userId: number) =>
  withDatabase(
    (db) =>
      db
        .prepare("select kind, state, attempts, last_error from notification_outbox where user_id = ? order by id")
        .all(userId) as OutboxRow[],
  );

/**
 * Makes the outbox folder refuse new mail, as a full or broken mail store would: root ignores
 * permissions, so as root the folder is made immutable (chattr +i). Returns the repair.
 */
export function breakOutbox(): () => void {
  const dir = outboxDir();
  fs.mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    execFileSync("chattr", ["+i", dir]);
    return () => execFileSync("chattr", ["-i", dir]);
  }
  const mode = fs.statSync(dir).mode;
  fs.chmodSync(dir, 0o555);
  return () => fs.chmodSync(dir, mode);
}
