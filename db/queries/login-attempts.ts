import "server-only";
import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import { db } from "../index";
import { loginAttempts } from "../schema";

const day = 24 * 3_600_000;

export function recordLoginAttempt(email: string, address: string, success: boolean, now = Date.now()): void {
  db.transaction((tx) => {
    tx.insert(loginAttempts).values({ email, address, success, createdAt: now }).run();
    tx.delete(loginAttempts)
      .where(lt(loginAttempts.createdAt, now - day))
      .run();
  });
}

/** Failed attempts for this email since `since`, not counting those before its latest successful sign-in. */
export function countAccountFailures(email: string, since: number): number {
  const lastSuccess = sql`coalesce((select max(${loginAttempts.createdAt}) from ${loginAttempts}
    where ${loginAttempts.email} = ${email} and ${loginAttempts.success} = 1), 0)`;
  const row = db
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
    .get();
  return row?.n ?? 0;
}

/** Failed attempts from this address, across all emails, since `since`. */
export function countAddressFailures(address: string, since: number): number {
  const row = db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.address, address), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since)),
    )
    .get();
  return row?.n ?? 0;
}
