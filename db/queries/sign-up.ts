import "server-only";
import { and, count, eq, gt, lt } from "drizzle-orm";
import { db } from "../index";
import { signUpRequests, usedFormStamps, type User, users } from "../schema";
import { createUser } from "./users";

const day = 24 * 3_600_000;

/** Spends a form stamp; false when it had been used already. Stamps older than their lifetime are forgotten. */
export function spendFormStamp(stamp: string, address: string, now = Date.now()): boolean {
  return db.transaction((tx) => {
    tx.delete(usedFormStamps)
      .where(lt(usedFormStamps.usedAt, now - 2 * day))
      .run();
    return tx.insert(usedFormStamps).values({ stamp, address, usedAt: now }).onConflictDoNothing().run().changes > 0;
  });
}

/** Sign-up forms sent since `since`: from one address, or from everyone when `address` is null. */
export function countSignUps(address: string | null, since: number): number {
  const where = and(
    gt(usedFormStamps.usedAt, since),
    address === null ? undefined : eq(usedFormStamps.address, address),
  );
  return db.select({ n: count() }).from(usedFormStamps).where(where).get()?.n ?? 0;
}

export function createSignUpRequest(
  values: { tokenHash: string; email: string; name: string; passwordHash: string; nextPath: string; expiresAt: number },
  now = Date.now(),
): void {
  db.transaction((tx) => {
    tx.delete(signUpRequests).where(lt(signUpRequests.expiresAt, now)).run();
    tx.insert(signUpRequests)
      .values({ ...values, createdAt: now })
      .run();
  });
}

export function isSignUpTokenUsable(tokenHash: string, now = Date.now()): boolean {
  return Boolean(
    db
      .select({ id: signUpRequests.id })
      .from(signUpRequests)
      .where(and(eq(signUpRequests.tokenHash, tokenHash), gt(signUpRequests.expiresAt, now)))
      .get(),
  );
}

export type SignUpCompletion =
  | { outcome: "created"; user: User; nextPath: string }
  | { outcome: "exists"; nextPath: string }
  | { outcome: "invalid" };

/** Creates the account a mailed link stands for, once: the link is spent, and an address registered meanwhile keeps its account. */
export function completeSignUp(tokenHash: string, now = Date.now()): SignUpCompletion {
  return db.transaction((tx) => {
    const request = tx
      .select()
      .from(signUpRequests)
      .where(and(eq(signUpRequests.tokenHash, tokenHash), gt(signUpRequests.expiresAt, now)))
      .get();
    if (!request) return { outcome: "invalid" };
    tx.delete(signUpRequests).where(eq(signUpRequests.email, request.email)).run();
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, request.email)).get())
      return { outcome: "exists", nextPath: request.nextPath };
    const user = createUser({ email: request.email, name: request.name, passwordHash: request.passwordHash });
    return { outcome: "created", user, nextPath: request.nextPath };
  });
}
