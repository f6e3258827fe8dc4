import "server-only";
import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import { db } from "../index";
import { trueFlag } from "../dialect";
import { atomically } from "../write";
import { loginAttempts } from "../tables";

const day = 24 * 3_600_000;

export async function recordLoginAttempt(
  email: string,
  address: string,
  success: boolean,
  now = Date.now(),
): Promise<void> {
  await atomically(async () => {
    await db.insert(loginAttempts).values({ email, address, success, createdAt: now });
    await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, now - day));
  });
}

/** Failed attempts for this email since `since`, not counting those before its latest successful sign-in. */
export async function countAccountFailures(email: string, since: number): Promise<number> {
  const lastSuccess = sql`coalesce((select max(${loginAttempts.createdAt}) from ${loginAttempts}
    where ${loginAttempts.email} = ${email} and ${loginAttempts.success} = ${trueFlag()}), 0)`;
  const row = (
    await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.email, email),
          eq(loginAttempts.success, false),
          gt(loginAttempts.createdAt, since),
          gt(loginAttempts.createdAt, lastSuccess),
        ),
      )
      .limit(1)
  )[0];
  return row?.n ?? 0;
}

/** Failed attempts from this address, across all emails, since `since`. */
export async function countAddressFailures(address: string, since: number): Promise<number> {
  const row = (
    await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(
        and(eq(loginAttempts.address, address), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since)),
      )
      .limit(1)
  )[0];
  return row?.n ?? 0;
}
