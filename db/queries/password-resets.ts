import "server-only";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { db } from "../index";
import { passwordResetTokens } from "../schema";
import { updateUserPassword } from "./users";

export function createPasswordResetToken(userId: number, tokenHash: string, expiresAt: number, now = Date.now()): void {
  db.insert(passwordResetTokens).values({ userId, tokenHash, expiresAt, createdAt: now }).run();
}

export function countRecentPasswordResets(userId: number, since: number): number {
  const row = db
    .select({ n: count() })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, userId), gt(passwordResetTokens.createdAt, since)))
    .get();
  return row?.n ?? 0;
}

const usable = (tokenHash: string, now: number) =>
  and(
    eq(passwordResetTokens.tokenHash, tokenHash),
    isNull(passwordResetTokens.usedAt),
    gt(passwordResetTokens.expiresAt, now),
  );

/** True while the token is unused and unexpired. */
export function isPasswordResetTokenUsable(tokenHash: string, now = Date.now()): boolean {
  return Boolean(
    db.select({ id: passwordResetTokens.id }).from(passwordResetTokens).where(usable(tokenHash, now)).get(),
  );
}

/** Marks the token used and returns its user, or null if it was unknown, used or expired. One caller wins. */
export function consumePasswordResetToken(tokenHash: string, now = Date.now()): number | null {
  return db.transaction((tx) => {
    const row = tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(usable(tokenHash, now))
      .returning({ userId: passwordResetTokens.userId })
      .get();
    if (!row) return null;
    tx.delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, row.userId), isNull(passwordResetTokens.usedAt)))
      .run();
    return row.userId;
  });
}

/** Spends the token and sets the new password in one transaction: a failure leaves the token usable and the password as it was. */
export function resetPasswordWithToken(tokenHash: string, passwordHash: string, now = Date.now()): number | null {
  return db.transaction(() => {
    const userId = consumePasswordResetToken(tokenHash, now);
    if (userId !== null) updateUserPassword(userId, passwordHash); // also ends every session of the account
    return userId;
  });
}
