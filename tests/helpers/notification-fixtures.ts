import { asc, eq, sql } from "drizzle-orm";
import { db, dialect } from "@/db";
import { runStatement } from "@/db/dialect";
import { articles, categories, comments, mailPreferences, notificationOutbox, users } from "@/db/tables";

/** The people and stories of the notification tests, filled in by `fillNotifications` on each engine. */
export const f = { moderator: 0, asha: 0, bharat: 0, chetan: 0, enStory: 0, guStory: 0 };

const idOf = (rows: { id: number }[]) => rows[0].id;

/** One section, a story in each edition, a moderator and three readers, written into the empty database `db` is open on. */
export async function fillNotifications(): Promise<void> {
  const category = idOf(
    await db
      .insert(categories)
      .values({ slug: "city", nameEn: "City", nameGu: "શહેર" })
      .returning({ id: categories.id }),
  );
  const person = async (email: string, name: string, role: "commenter" | "editor" = "commenter") =>
    idOf(await db.insert(users).values({ email, name, role }).returning({ id: users.id }));
  f.moderator = await person("meera@example.test", "Meera", "editor");
  f.asha = await person("asha@example.test", "Asha");
  f.bharat = await person("bharat@example.test", "Bharat");
  f.chetan = await person("chetan@example.test", "Chetan");
  const story = async (edition: "gu" | "en", slug: string, title: string) =>
    idOf(
      await db
        .insert(articles)
        .values({
          edition,
          slug,
          title,
          categoryId: category,
          authorId: f.moderator,
          status: "published",
          publishedAt: Date.now() - 3_600_000,
        })
        .returning({ id: articles.id }),
    );
  f.enStory = await story("en", "bus-routes", "New bus routes");
  f.guStory = await story("gu", "bus-routes-gu", "નવા બસ રૂટ");
}

/** Each test starts with no mail queued, no mail choices made and nobody banned. */
export async function clearMail(): Promise<void> {
  await db.delete(notificationOutbox);
  await db.delete(mailPreferences);
  await db.update(users).set({ bannedUntil: null });
}

export async function addComment(
  articleId: number,
  userId: number,
  status: "pending" | "approved" = "pending",
  parentId: number | null = null,
  body = "A comment about the routes.",
): Promise<number> {
  return idOf(
    await db.insert(comments).values({ articleId, userId, parentId, body, status }).returning({ id: comments.id }),
  );
}

export const statusOf = async (id: number) =>
  (await db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0]?.status;

export const outbox = () => db.select().from(notificationOutbox).orderBy(asc(notificationOutbox.id));

export type OutboxEntry = Awaited<ReturnType<typeof outbox>>[number];

/** Makes every insert into the outbox fail, as a full disk or a broken constraint would; returns the repair. */
export async function refuseOutboxInserts(): Promise<() => Promise<void>> {
  if (dialect() === "postgres") {
    await runStatement(
      sql.raw(`create function outbox_refuses() returns trigger language plpgsql
      as $$ begin raise exception 'outbox refused'; end $$`),
    );
    await runStatement(
      sql.raw(`create trigger outbox_refuses before insert on notification_outbox
      for each row execute function outbox_refuses()`),
    );
    return async () => {
      await runStatement(sql.raw("drop trigger outbox_refuses on notification_outbox"));
      await runStatement(sql.raw("drop function outbox_refuses()"));
    };
  }
  await runStatement(
    sql.raw(`create trigger outbox_refuses before insert on notification_outbox
      begin select raise(abort, 'outbox refused'); end`),
  );
  return async () => runStatement(sql.raw("drop trigger outbox_refuses"));
}
