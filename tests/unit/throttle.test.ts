import { describe, expect, it } from "vitest";
import { createUser } from "@/db/queries/users";
import { checkCredentials } from "@/auth/credentials";
import { checkFormStamp, issueFormStamp } from "@/auth/form-stamp";
import { hashPassword } from "@/auth/password";
import { clientAddress, loginLimits, pauseForFailures, unknownAddress } from "@/auth/throttle";
import { describeOnEngines } from "../helpers/engines";

process.env.AUTH_SECRET ??= "unit-test-secret";

const minute = 60_000;
const right = { email: "reader@khabarsetu.test", password: "reader-demo-password" };
const wrong = (email = right.email) => ({ email, password: "not the password" });
let start = 0; // each test gets its own hour, so they do not see each other's attempts
const freshHour = () => (start += 3_600_000);

async function twoReaders() {
  start = Date.now() - 6 * 3_600_000;
  const passwordHash = await hashPassword("reader-demo-password");
  await createUser({ email: "reader@khabarsetu.test", name: "Ravi Joshi", passwordHash });
  await createUser({ email: "nisha@khabarsetu.test", name: "Nisha Mehta", passwordHash });
}
const attempt = async (input: object, address: string, at: number) => checkCredentials(input, address, at);

describeOnEngines("sign-in throttling", twoReaders, () => {
  it("refuses even the right password after 5 failures for an account within 15 minutes", async () => {
    const t = freshHour();
    for (let i = 0; i < loginLimits.perAccount; i++)
      expect(await attempt(wrong(), `198.51.100.${i}`, t + i * minute)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(right, "198.51.100.99", t + 5 * minute)).toEqual({ ok: false, reason: "throttled" });
    expect(await attempt(right, "198.51.100.99", t + 14 * minute)).toEqual({ ok: false, reason: "throttled" });
  });

  it("lets the account in again once those failures are 15 minutes old, and hammering meanwhile does not extend the pause", async () => {
    const t = freshHour();
    for (let i = 0; i < 5; i++) await attempt(wrong(), "192.0.2.1", t + i * 1000);
    for (let i = 0; i < 10; i++)
      expect((await attempt(wrong(), "192.0.2.1", t + 5 * minute + i * minute)).ok).toBe(false);
    expect((await attempt(right, "192.0.2.1", t + 15 * minute + 5000)).ok).toBe(true);
  });

  it("does not count failures older than the window, and a successful sign-in clears the count", async () => {
    const t = freshHour();
    for (let i = 0; i < 4; i++) await attempt(wrong(), "192.0.2.2", t + i * 1000);
    expect((await attempt(right, "192.0.2.2", t + minute)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await attempt(wrong(), "192.0.2.2", t + 2 * minute + i * 1000);
    expect((await attempt(right, "192.0.2.2", t + 3 * minute)).ok).toBe(true);
    for (let i = 0; i < 3; i++) await attempt(wrong(), "192.0.2.2", t + 4 * minute + i * 1000);
    for (let i = 0; i < 2; i++) await attempt(wrong(), "192.0.2.2", t + 20 * minute + i * 1000);
    expect((await attempt(right, "192.0.2.2", t + 21 * minute)).ok).toBe(true);
  });

  it("answers an unknown email exactly like a wrong password, and throttles it the same way", async () => {
    const t = freshHour();
    const unknown = wrong("nobody-here@khabarsetu.test");
    for (let i = 0; i < 5; i++)
      expect(await attempt(unknown, "192.0.2.3", t + i * 1000)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(unknown, "192.0.2.3", t + 10_000)).toEqual({ ok: false, reason: "throttled" });
  });

  it("refuses an address after 20 failures across accounts, but not other addresses", async () => {
    const t = freshHour();
    for (let i = 0; i < loginLimits.perAddress; i++)
      await attempt(wrong(`spray-${i % 10}@example.com`), "203.0.113.7", t + i * 1000);
    const nisha = { email: "nisha@khabarsetu.test", password: "reader-demo-password" };
    expect(await attempt(nisha, "203.0.113.7", t + minute)).toEqual({ ok: false, reason: "throttled" });
    expect((await attempt(nisha, "203.0.113.8", t + minute)).ok).toBe(true);
    expect((await attempt(nisha, "203.0.113.7", t + 16 * minute)).ok).toBe(true);
  });

  it("without a known address, twenty wrong passwords for any emails do not lock another account out", async () => {
    const t = freshHour();
    for (let i = 0; i < loginLimits.perAddress; i++)
      await attempt(wrong(`spray-${i % 10}@example.com`), unknownAddress, t + i * 1000);
    const nisha = { email: "nisha@khabarsetu.test", password: "reader-demo-password" };
    expect((await attempt(nisha, unknownAddress, t + minute)).ok).toBe(true);
    expect(await attempt(wrong("spray-1@example.com"), unknownAddress, t + minute)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("slows sign-ins from unknown addresses more as failures pile up, up to two seconds, never refusing them", () => {
    expect(pauseForFailures(0)).toBe(0);
    expect(pauseForFailures(loginLimits.perAddress - 1)).toBe(0);
    expect(pauseForFailures(loginLimits.perAddress)).toBe(250);
    expect(pauseForFailures(4 * loginLimits.perAddress)).toBe(1000);
    expect(pauseForFailures(1_000_000)).toBe(2000);
  });

  it("counts malformed attempts against the address too", async () => {
    const t = freshHour();
    for (let i = 0; i < 20; i++)
      expect(await attempt({ email: "x".repeat(5000), password: "" }, "203.0.113.9", t + i)).toEqual({
        ok: false,
        reason: "invalid",
      });
    expect(await attempt(right, "203.0.113.9", t + 1000)).toEqual({ ok: false, reason: "throttled" });
  });
});

describe("the client address", () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it("ignores forwarding headers unless a trusted proxy is configured, so a client cannot pick its own bucket", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4" }), false)).toBe("unknown");
    expect(clientAddress(headers({ "x-real-ip": "1.2.3.4" }), false)).toBe("unknown");
  });

  it("behind a trusted proxy, takes the address the proxy appended, not one the client forged", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" }), true)).toBe("203.0.113.5");
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.6" }), true)).toBe("203.0.113.6");
    expect(clientAddress(headers({ "x-forwarded-for": "::ffff:203.0.113.7" }), true)).toBe("203.0.113.7");
    expect(clientAddress(headers({ "x-forwarded-for": "2001:db8::1" }), true)).toBe("2001:db8::1");
    expect(clientAddress(headers({ "x-forwarded-for": "not an address" }), true)).toBe("unknown");
    expect(clientAddress(headers({}), true)).toBe("unknown");
  });
});

describe("the sign-up form's signed time", () => {
  it("refuses a form sent within 3 seconds of being shown, and accepts it after", () => {
    const shown = Date.now();
    const stamp = issueFormStamp(shown);
    expect(checkFormStamp(stamp, shown + 500)).toBe("too-fast");
    expect(checkFormStamp(stamp, shown + 2_999)).toBe("too-fast");
    expect(checkFormStamp(stamp, shown + 3_000)).toBe("ok");
  });

  it("refuses an invented, altered, very old or missing time", () => {
    const shown = Date.now() - 60_000;
    const stamp = issueFormStamp(shown);
    const [time, mac] = stamp.split(".");
    expect(checkFormStamp(`${Number(time) - 10_000}.${mac}`)).toBe("invalid");
    expect(checkFormStamp(`${time}.${mac.slice(1)}`)).toBe("invalid");
    expect(checkFormStamp(`${time}.`)).toBe("invalid");
    expect(checkFormStamp(String(shown))).toBe("invalid");
    expect(checkFormStamp(undefined)).toBe("invalid");
    expect(checkFormStamp(stamp, shown + 25 * 3_600_000)).toBe("invalid");
  });
});
