import "server-only";
import { isIP } from "node:net";
import { countAccountFailures, countAddressFailures } from "@/db/queries/login-attempts";
import { countSignUps } from "@/db/queries/sign-up";

export { recordLoginAttempt } from "@/db/queries/login-attempts";

export const loginLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

export const unknownAddress = "unknown";

/**
 * Why sign-in is refused for now, or null when it may be tried. Refused attempts are not recorded, so they do not extend the pause.
 * The per-address limit applies only to a known address: without a trusted proxy every caller shares one bucket,
 * and blocking it would lock every account out (see loginPauseMs for that case).
 */
export async function loginBlock(
  email: string,
  address: string,
  now = Date.now(),
): Promise<"account" | "address" | null> {
  const since = now - loginLimits.windowMs;
  if ((await countAccountFailures(email, since)) >= loginLimits.perAccount) return "account";
  if (address !== unknownAddress && (await countAddressFailures(address, since)) >= loginLimits.perAddress)
    return "address";
  return null;
}

/** The global guard for callers whose address is unknown: a pause that grows with recent failures, never a refusal. */
export function pauseForFailures(failures: number): number {
  return Math.min(2_000, Math.floor(failures / loginLimits.perAddress) * 250);
}

export async function loginPauseMs(address: string, now = Date.now()): Promise<number> {
  return address === unknownAddress
    ? pauseForFailures(await countAddressFailures(unknownAddress, now - loginLimits.windowMs))
    : 0;
}

/**
 * The client's address for the per-address limit. A client can send any
 * X-Forwarded-For it likes, so it is read only behind a trusted reverse proxy
 * (TRUSTED_PROXY=true) that appends the address it saw; the last entry is that
 * proxy's. Without one, every request shares the "unknown" bucket.
 */
export function clientAddress(headers: Headers, trustProxy = process.env.TRUSTED_PROXY === "true"): string {
  if (!trustProxy) return unknownAddress;
  const forwarded = headers.get("x-forwarded-for")?.split(",").pop()?.trim();
  const candidate = (forwarded || headers.get("x-real-ip")?.trim() || "").replace(/^::ffff:/i, "");
  return isIP(candidate) ? candidate : unknownAddress;
}

export const signUpLimits = {
  windowMs: 60 * 60_000,
  perAddress: 5,
  everyoneWindowMs: 10 * 60_000,
  everyone: 30,
} as const;

/**
 * Whether another sign-up form may be accepted now. A known address gets its own hourly limit; without one,
 * every sign-up shares a short window, so a flood pauses sign-ups for minutes at most.
 */
export async function signUpAllowed(address: string, now = Date.now()): Promise<boolean> {
  if (address !== unknownAddress)
    return (await countSignUps(address, now - signUpLimits.windowMs)) < signUpLimits.perAddress;
  return (await countSignUps(null, now - signUpLimits.everyoneWindowMs)) < signUpLimits.everyone;
}
