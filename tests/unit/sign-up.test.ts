import { describe, expect, it } from "vitest";
import { completeSignUp, createSignUpRequest, isSignUpTokenUsable, spendFormStamp } from "@/db/queries/sign-up";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { issueFormStamp } from "@/auth/form-stamp";
import { newResetToken } from "@/auth/reset-token";
import { signUpAllowed, signUpLimits, unknownAddress } from "@/auth/throttle";
import { describeOnEngines } from "../helpers/engines";

process.env.AUTH_SECRET ??= "unit-test-secret";

let start = Date.now() - 48 * 3_600_000;
const freshHour = () => (start += 3_600_000);

describeOnEngines(
  "sign-up",
  async () => {},
  () => {
    describe("the sign-up form stamp", () => {
      it("is accepted once: posting the same form again is refused", async () => {
        const stamp = issueFormStamp();
        expect(await spendFormStamp(stamp, "198.51.100.1")).toBe(true);
        expect(await spendFormStamp(stamp, "198.51.100.1")).toBe(false);
        expect(await spendFormStamp(stamp, "198.51.100.2")).toBe(false);
      });
    });

    describe("sign-up rate limits", () => {
      it("allow 5 sign-ups an hour from a known address, and other addresses go on", async () => {
        const t = freshHour();
        for (let i = 0; i < signUpLimits.perAddress; i++) {
          expect(await signUpAllowed("203.0.113.20", t + i)).toBe(true);
          await spendFormStamp(`stamp-a-${t}-${i}`, "203.0.113.20", t + i);
        }
        expect(await signUpAllowed("203.0.113.20", t + 10)).toBe(false);
        expect(await signUpAllowed("203.0.113.21", t + 10)).toBe(true);
        expect(await signUpAllowed("203.0.113.20", t + signUpLimits.windowMs + 10)).toBe(true);
      });

      it("without a known address, pause sign-ups for everyone only for minutes after a flood", async () => {
        const t = freshHour();
        for (let i = 0; i < signUpLimits.everyone; i++)
          await spendFormStamp(`stamp-u-${t}-${i}`, unknownAddress, t + i);
        expect(await signUpAllowed(unknownAddress, t + 1000)).toBe(false);
        expect(await signUpAllowed(unknownAddress, t + signUpLimits.everyoneWindowMs + 1000)).toBe(true);
      });
    });

    describe("the mailed sign-up link", () => {
      const request = async (email: string, tokenHash: string) =>
        createSignUpRequest({
          tokenHash,
          email,
          name: "Asha Shah",
          passwordHash: "argon2-hash",
          nextPath: "/en/article/x",
          expiresAt: Date.now() + 3_600_000,
        });

      it("creates the account once, with the name and password chosen on the form", async () => {
        const { hash } = newResetToken();
        await request("asha@example.test", hash);
        expect(await getUserByEmail("asha@example.test")).toBeNull();
        expect(await isSignUpTokenUsable(hash)).toBe(true);
        const done = await completeSignUp(hash);
        expect(done).toMatchObject({
          outcome: "created",
          nextPath: "/en/article/x",
          user: { email: "asha@example.test", name: "Asha Shah", passwordHash: "argon2-hash" },
        });
        expect(await completeSignUp(hash)).toEqual({ outcome: "invalid" });
        expect(await isSignUpTokenUsable(hash)).toBe(false);
      });

      it("leaves an account registered meanwhile as it is", async () => {
        const { hash } = newResetToken();
        await request("bharat@example.test", hash);
        await createUser({ email: "bharat@example.test", name: "Bharat", passwordHash: "the real owner's hash" });
        expect(await completeSignUp(hash)).toEqual({ outcome: "exists", nextPath: "/en/article/x" });
        expect((await getUserByEmail("bharat@example.test"))!.passwordHash).toBe("the real owner's hash");
      });

      it("does not work once expired, or with an unknown token", async () => {
        const { hash } = newResetToken();
        await createSignUpRequest({
          tokenHash: hash,
          email: "late@example.test",
          name: "Late",
          passwordHash: "h",
          nextPath: "/en",
          expiresAt: Date.now() - 1,
        });
        expect(await completeSignUp(hash)).toEqual({ outcome: "invalid" });
        expect(await completeSignUp(newResetToken().hash)).toEqual({ outcome: "invalid" });
        expect(await getUserByEmail("late@example.test")).toBeNull();
      });
    });
  },
);
