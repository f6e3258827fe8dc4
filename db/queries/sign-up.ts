import "server-only";
import { and, count, eq, gt, lt } from "drizzle-orm";
import { changedRows, db } from "../index";
import { atomically } from "../write";
import { type User } from "../schema";
import { signUpRequests, usedFormStamps, users } from "../tables";
import { createUser } from "./users";

const day = 24 * 3_600_000;

/** Spends a form stamp; false when it had been used already. Stamps older than their lifetime are forgotten. */
export async function spendFormStamp(stamp: string, address: string, now = Date.now()): Promise<boolean> {
  return atomically(async () => {
    await db.delete(usedFormStamps).where(lt(usedFormStamps.usedAt, now - 2 * day));
    return (
      changedRows(await db.insert(usedFormStamps).values({ stamp, address, usedAt: now }).onConflictDoNothing()) > 0
    );
  });
}

/** Sign-up forms sent since `since`: from one address, or from everyone when `address` is null. */
export async function countSignUps(address: string | null, since: number): Promise<number> {
  const where = and(
    gt(usedFormStamps.usedAt, since),
    address === null ? undefined : eq(usedFormStamps.address, address),
  );
  return (await db.select({ n: count() }).from(usedFormStamps).where(where).limit(1))[0]?.n ?? 0;
}

export async function createSignUpRequest(
  values: { tokenHash: string; email: string; name: string; passwordHash: string; nextPath: string; expiresAt: number },
  now = Date.now(),
): Promise<void> {
  await atomically(async () => {
    await db.delete(signUpRequests).where(lt(signUpRequests.expiresAt, now));
    await db.insert(signUpRequests).values({ ...values, createdAt: now });
  });
}

export async function isSignUpTokenUsable(tokenHash: string, now = Date.now()): Promise<boolean> {
  return Boolean(
    (
      await db
        .select({ id: signUpRequests.id })
        .from(signUpRequests)
        .where(and(eq(signUpRequests.tokenHash, tokenHash), gt(signUpRequests.expiresAt, now)))
        .limit(1)
    )[0],
  );
}

export type SignUpCompletion =
  | { outcome: "created"; user: User; nextPath: string }
  | { outcome: "exists"; nextPath: string }
  | { outcome: "invalid" };

/** Creates the account a mailed link stands for, once: the link is spent, and an address registered meanwhile keeps its account. */
export async function completeSignUp(tokenHash: string, now = Date.now()): Promise<SignUpCompletion> {
  return atomically(async () => {
    const request = (
      await db
        .select()
        .from(signUpRequests)
        .where(and(eq(signUpRequests.tokenHash, tokenHash), gt(signUpRequests.expiresAt, now)))
        .limit(1)
    )[0];
    if (!request) return { outcome: "invalid" };
    await db.delete(signUpRequests).where(eq(signUpRequests.email, request.email));
    if ((await db.select({ id: users.id }).from(users).where(eq(users.email, request.email)).limit(1))[0])
      return { outcome: "exists", nextPath: request.nextPath };
    const user = await createUser({ email: request.email, name: request.name, passwordHash: request.passwordHash });
    return { outcome: "created", user, nextPath: request.nextPath };
  });
}
