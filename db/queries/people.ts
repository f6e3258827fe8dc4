import "server-only";
import { and, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { db } from "../index";
import { likeAnyCase, runStatement } from "../dialect";
import { atomically } from "../write";
import { type ModerationAction, type Role } from "../schema";
import { articles, commentReports, comments, moderationLog, users } from "../tables";

export const peoplePageSize = 25;
/** A ban without an end: the last moment SQLite and JavaScript dates agree on. */
export const permanentBan = Date.UTC(9999, 11, 31);

export type PeopleFilter = { query?: string; role?: Role };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function peopleWhere({ query, role }: PeopleFilter): SQL | undefined {
  // LIKE ignores case for ASCII; Gujarati has no case.
  const pattern = query ? `%${escapeLike(query)}%` : null;
  return and(
    pattern ? or(likeAnyCase(users.name, pattern), likeAnyCase(users.email, pattern)) : undefined,
    role ? eq(users.role, role) : undefined,
  );
}

const personColumns = () => ({
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  trusted: users.trusted,
  bannedUntil: users.bannedUntil,
  createdAt: users.createdAt,
  // Spelled out: drizzle leaves a column unqualified in a one-table select, and a bare "id" would mean c.id here.
  approved:
    sql<number>`(select count(*) from comments c where c.user_id = users.id and c.status = 'approved' and c.deleted_at is null)`.mapWith(
      Number,
    ),
});

/** One page of accounts, newest first, with how many approved comments each has. */
export async function listPeople(filter: PeopleFilter, page = 1) {
  const where = peopleWhere(filter);
  const rows = await db
    .select(personColumns())
    .from(users)
    .where(where)
    .orderBy(desc(users.id))
    .limit(peoplePageSize)
    .offset((page - 1) * peoplePageSize);
  const total =
    (
      await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(users)
        .where(where)
        .limit(1)
    )[0]?.n ?? 0;
  return { rows, total };
}

export type PersonRow = Awaited<ReturnType<typeof listPeople>>["rows"][number];

export async function getPerson(id: number): Promise<PersonRow | null> {
  return (await db.select(personColumns()).from(users).where(eq(users.id, id)).limit(1))[0] ?? null;
}

type Entry = { action: ModerationAction; actorId: number; targetUserId: number; note?: string | null; at: number };
const entry = ({ action, actorId, targetUserId, note = null, at }: Entry) => ({
  action,
  actorId,
  targetUserId,
  note,
  createdAt: at,
});

/** A new role; the person's sessions end, so they sign in again under it. */
export async function changeRole(id: number, role: Role, actorId: number, at = Date.now()): Promise<void> {
  await atomically(async () => {
    const before = (await db.select({ role: users.role }).from(users).where(eq(users.id, id)).limit(1))[0];
    if (!before || before.role === role) return;
    await db
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id));
    await db
      .insert(moderationLog)
      .values(entry({ action: "role", actorId, targetUserId: id, note: `${before.role} → ${role}`, at }));
  });
}

export type AffectedArticle = { articleId: number; edition: "gu" | "en"; slug: string };

/**
 * Suspends until `until` (or bans for good with `permanentBan`), ending every session. With
 * `rejectComments`, their pending and approved comments are rejected too, each one logged;
 * returns the stories whose threads changed.
 */
export async function banPerson(
  id: number,
  until: number,
  actorId: number,
  rejectComments: boolean,
  at = Date.now(),
): Promise<AffectedArticle[]> {
  return atomically(async () => {
    const action: ModerationAction = until >= permanentBan ? "ban" : "suspend";
    await db
      .update(users)
      .set({ bannedUntil: until, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id));
    await db.insert(moderationLog).values(
      entry({
        action,
        actorId,
        targetUserId: id,
        note: action === "suspend" ? new Date(until).toISOString() : null,
        at,
      }),
    );
    if (!rejectComments) return [];
    const live = and(
      eq(comments.userId, id),
      inArray(comments.status, ["pending", "approved"]),
      isNull(comments.deletedAt),
    );
    const affected = await db
      .selectDistinct({ articleId: articles.id, edition: articles.edition, slug: articles.slug })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(live);
    await runStatement(sql`insert into moderation_log (actor_id, action, comment_id, target_user_id, from_status, to_status, created_at)
      select ${actorId}, 'reject', id, user_id, status, 'rejected', ${at} from comments
      where user_id = ${id} and status in ('pending', 'approved') and deleted_at is null`);
    await db
      .update(commentReports)
      .set({ resolvedAt: at })
      .where(
        and(
          isNull(commentReports.resolvedAt),
          sql`${commentReports.commentId} in (select id from comments where user_id = ${id})`,
        ),
      );
    await db.update(comments).set({ status: "rejected", featured: false }).where(live);
    return affected;
  });
}

export async function liftBan(id: number, actorId: number, at = Date.now()): Promise<void> {
  await atomically(async () => {
    await db.update(users).set({ bannedUntil: null }).where(eq(users.id, id));
    await db.insert(moderationLog).values(entry({ action: "unban", actorId, targetUserId: id, at }));
  });
}

export async function setTrusted(id: number, trusted: boolean, actorId: number, at = Date.now()): Promise<void> {
  await atomically(async () => {
    await db.update(users).set({ trusted }).where(eq(users.id, id));
    await db
      .insert(moderationLog)
      .values(entry({ action: trusted ? "trust" : "untrust", actorId, targetUserId: id, at }));
  });
}

/**
 * Bans the commenters who wrote these comments, for good, ending their sessions. Staff
 * accounts and the moderator themselves are left alone (People is the place for those).
 * Returns the people banned and which of the comments are theirs.
 */
export async function banCommentAuthors(
  ids: number[],
  actorId: number,
  until: number,
  at = Date.now(),
): Promise<{ userIds: number[]; commentIds: number[] }> {
  if (ids.length === 0) return { userIds: [], commentIds: [] };
  return atomically(async () => {
    const rows = await db
      .select({ commentId: comments.id, userId: users.id })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.userId))
      .where(and(inArray(comments.id, ids), eq(users.role, "commenter"), sql`${users.id} != ${actorId}`));
    const userIds = [...new Set(rows.map((row) => row.userId))];
    if (userIds.length === 0) return { userIds, commentIds: [] };
    await db
      .update(users)
      .set({ bannedUntil: until, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(inArray(users.id, userIds));
    await db.insert(moderationLog).values(
      userIds.map((userId) => ({
        actorId,
        action: "ban" as const,
        commentId: rows.find((row) => row.userId === userId)!.commentId,
        targetUserId: userId,
        createdAt: at,
      })),
    );
    return { userIds, commentIds: rows.map((row) => row.commentId) };
  });
}

/** An account for the desk's filter, by id or by (normalised) email. */
export async function findPerson(ref: { id: number } | { email: string }) {
  const where = "id" in ref ? eq(users.id, ref.id) : eq(users.email, ref.email);
  return (await db.select({ id: users.id, name: users.name }).from(users).where(where).limit(1))[0] ?? null;
}
