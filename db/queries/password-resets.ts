import "server-only";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { db } from "../index";
import { atomically } from "../write";
import { passwordResetTokens } from "../tables";
import { updateUserPassword } from "./users";

export async function createPasswordResetToken(
  userId: number,
  tokenHash: string,
  expiresAt: number,
  now = Date.now(),
): Promise<void> {
  await db.insert(passwordResetTokens).values({ userId, tokenHash, expiresAt, createdAt: now });
}

export async function countRecentPasswordResets(userId: number, since: number): Promise<number> {
  const row = (
    await db
      .select({ n: count() })
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, userId), gt(passwordResetTokens.createdAt, since)))
      .limit(1)
  )[0];
  return row?.n ?? 0;
}

const usable = (tokenHash: string, now: number) =>
  and(
    eq(passwordResetTokens.tokenHash, tokenHash),
    isNull(passwordResetTokens.usedAt),
    gt(passwordResetTokens.expiresAt, now),
  );

/** True while the token is unused and unexpired. */
export async function isPasswordResetTokenUsable(tokenHash: string, now = Date.now()): Promise<boolean> {
  return Boolean(
    (
      await db.select({ id: passwordResetTokens.id }).from(passwordResetTokens).where(usable(tokenHash, now)).limit(1)
    )[0],
  );
}

/** Marks the token used and returns its user, or null if it was unknown, used or expired. One caller wins. */
export async function consumePasswordResetToken(tokenHash: string, now = Date.now()): Promise<number | null> {
  return atomically(async () => {
    const row = (
      await db
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(usable(tokenHash, now))
        .returning({ userId: passwordResetTokens.userId })
    )[0];
    if (!row) return null;
    await db
      .delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, row.userId), isNull(passwordResetTokens.usedAt)));
    return row.userId;
  });
}

/** Spends the token and sets the new password in one transaction: a failure leaves the token usable and the password as it was. */
export async function resetPasswordWithToken(
  tokenHash: string,
  passwordHash: string,
  now = Date.now(),
): Promise<number | null> {
  return atomically(async () => {
    const userId = await consumePasswordResetToken(tokenHash, now);
    if (userId !== null) await updateUserPassword(userId, passwordHash); // also ends every session of the account
    return userId;
  });
}
