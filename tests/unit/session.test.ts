import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  consumePasswordResetToken,
  countRecentPasswordResets,
  createPasswordResetToken,
  isPasswordResetTokenUsable,
  resetPasswordWithToken,
} from "@/db/queries/password-resets";
import {
  bumpSessionVersion,
  createUser,
  getUserByEmail,
  setUserBan,
  setUserRole,
  updateUserName,
  updateUserPassword,
} from "@/db/queries/users";
import { users } from "@/db/tables";
import {
  type Access,
  grant,
  isBanned,
  issueClaims,
  readClaims,
  refusalMessage,
  resolveSession,
  revokeSessions,
} from "@/auth/access";
import { checkCredentials } from "@/auth/credentials";
import { getDictionary } from "@/lib/i18n";
import { hashPassword } from "@/auth/password";
import { hashResetToken, newResetToken } from "@/auth/reset-token";
import { describeOnEngines } from "../helpers/engines";

// A few accounts of each role, made here rather than by the (slow) demo seed.
const people = [
  { email: "reader@khabarsetu.test", name: "Ravi Joshi", role: "commenter", password: "reader-demo-password" },
  { email: "nisha@khabarsetu.test", name: "Nisha Mehta", role: "commenter", password: "reader-demo-password" },
  { email: "meera@khabarsetu.test", name: "Meera Trivedi", role: "editor", password: "editor-demo-password" },
  { email: "arjun@khabarsetu.test", name: "Arjun Desai", role: "editor", password: "editor-demo-password" },
  { email: "farah@khabarsetu.test", name: "Farah Sheikh", role: "editor", password: "editor-demo-password" },
  { email: "kiran@khabarsetu.test", name: "Kiran Patel", role: "editor", password: "editor-demo-password" },
] as const;

async function accounts() {
  for (const { password, ...person } of people)
    await createUser({ ...person, passwordHash: await hashPassword(password) });
}

const hour = 3_600_000;
const idOf = async (email: string) => (await getUserByEmail(email))!.id;
/** What the session cookie holds after a real sign-in with these credentials. */
async function signIn(email: string, password: string) {
  const check = await checkCredentials({ email, password }, "session-test");
  if (!check.ok) throw new Error(`sign-in refused: ${check.reason}`);
  return (await issueClaims(check.user.id))!;
}
const deniedReason = (access: Access) => (access.ok ? null : access.reason);
const granted = (access: Access) => {
  if (!access.ok) throw new Error(`refused: ${access.reason}`);
  return access.user;
};

describeOnEngines("accounts", accounts, () => {
  describe("a session", () => {
    it("is the signed-in reader, with role and trust read from the database", async () => {
      const claims = await signIn("  Reader@KhabarSetu.test ", "reader-demo-password");
      const state = await resolveSession(claims);
      expect(state).toEqual({
        status: "active",
        user: {
          id: await idOf("reader@khabarsetu.test"),
          name: "Ravi Joshi",
          email: "reader@khabarsetu.test",
          role: "commenter",
          trusted: false,
        },
      });
      expect(granted(grant(state, "commenter")).name).toBe("Ravi Joshi");
      expect(deniedReason(grant(state, "editor"))).toBe("forbidden");
      expect(deniedReason(grant(state, "admin"))).toBe("forbidden");
    });

    it("stops working after sign-out, even as a copied cookie, and a new sign-in works again", async () => {
      const claims = await signIn("nisha@khabarsetu.test", "reader-demo-password");
      const copied = { ...claims };
      await revokeSessions(claims);
      expect(await resolveSession(copied)).toEqual({ status: "signed-out" });
      expect(deniedReason(grant(await resolveSession(copied), "commenter"))).toBe("signed-out");
      const again = await signIn("nisha@khabarsetu.test", "reader-demo-password");
      expect((await resolveSession(again)).status).toBe("active");
    });

    it("cannot be used, once stale, to sign the account out of its newer sessions", async () => {
      const old = await signIn("nisha@khabarsetu.test", "reader-demo-password");
      await bumpSessionVersion(old.uid);
      const current = (await issueClaims(old.uid))!;
      await revokeSessions(old);
      expect((await resolveSession(current)).status).toBe("active");
    });

    it("stops working when the account is banned, says so to open tabs, and starts again only with a new sign-in after the ban", async () => {
      const claims = await signIn("nisha@khabarsetu.test", "reader-demo-password");
      const until = Date.now() + hour;
      await setUserBan(claims.uid, until);
      // The tab opened before the ban is told about the ban (not asked to sign in), and cannot act.
      expect(await resolveSession(claims)).toEqual({ status: "banned", until });
      expect(deniedReason(grant(await resolveSession(claims), "commenter"))).toBe("banned");
      expect(
        await checkCredentials({ email: "nisha@khabarsetu.test", password: "reader-demo-password" }, "session-test"),
      ).toEqual({ ok: false, reason: "banned" });
      const duringBan = (await issueClaims(claims.uid))!;
      expect((await resolveSession(duringBan)).status).toBe("banned");
      expect(deniedReason(grant(await resolveSession(duringBan), "commenter"))).toBe("banned");

      await setUserBan(claims.uid, null);
      expect((await resolveSession(duringBan)).status).toBe("active");
      expect((await resolveSession(claims)).status).toBe("signed-out");
    });

    it("shows a new display name at once, without signing in again", async () => {
      const claims = await signIn("reader@khabarsetu.test", "reader-demo-password");
      await updateUserName(claims.uid, "Ravi J.");
      expect(granted(grant(await resolveSession(claims), "commenter")).name).toBe("Ravi J.");
      await updateUserName(claims.uid, "Ravi Joshi");
    });

    it("treats a ban whose time has passed as over", () => {
      expect(isBanned({ bannedUntil: Date.now() - 1000 })).toBe(false);
      expect(isBanned({ bannedUntil: Date.now() + 60_000 })).toBe(true);
      expect(isBanned({ bannedUntil: null })).toBe(false);
    });

    it("stops working when an editor is demoted, while a promotion takes effect at once", async () => {
      const editor = await signIn("meera@khabarsetu.test", "editor-demo-password");
      expect(granted(grant(await resolveSession(editor), "editor")).role).toBe("editor");
      await setUserRole(editor.uid, "commenter");
      expect(await resolveSession(editor)).toEqual({ status: "signed-out" });
      const demoted = await signIn("meera@khabarsetu.test", "editor-demo-password");
      expect(deniedReason(grant(await resolveSession(demoted), "editor"))).toBe("forbidden");

      await setUserRole(demoted.uid, "admin");
      expect(granted(grant(await resolveSession(demoted), "admin")).role).toBe("admin");
      await setUserRole(demoted.uid, "editor");
      expect((await resolveSession(demoted)).status).toBe("signed-out");
    });

    it("stops working after a password change", async () => {
      const claims = await signIn("arjun@khabarsetu.test", "editor-demo-password");
      await updateUserPassword(claims.uid, await hashPassword("a brand new passphrase"));
      expect((await resolveSession(claims)).status).toBe("signed-out");
      expect(
        (await checkCredentials({ email: "arjun@khabarsetu.test", password: "editor-demo-password" }, "session-test"))
          .ok,
      ).toBe(false);
      expect(
        (await checkCredentials({ email: "arjun@khabarsetu.test", password: "a brand new passphrase" }, "session-test"))
          .ok,
      ).toBe(true);
    });

    it("ends when the account is deleted", async () => {
      const claims = await signIn("kiran@khabarsetu.test", "editor-demo-password");
      await db.delete(users).where(eq(users.id, claims.uid));
      expect(await resolveSession(claims)).toEqual({ status: "signed-out" });
      expect(await issueClaims(claims.uid)).toBeNull();
    });

    it("ignores tokens without well-formed claims", async () => {
      expect(readClaims(null)).toBeNull();
      expect(readClaims({ uid: "1", sv: 0 })).toBeNull();
      expect(readClaims({ uid: Number.NaN, sv: Number.NaN })).toBeNull();
      expect(readClaims({ uid: 1, sv: 0, name: "x" })).toEqual({ uid: 1, sv: 0 });
      expect(await resolveSession(null)).toEqual({ status: "signed-out" });
    });

    it("explains a refusal in the reader's language", () => {
      expect(refusalMessage("gu", "banned")).toBe(getDictionary("gu").account.accessDenied.banned);
      expect(refusalMessage("en", "signed-out")).toBe(getDictionary("en").account.accessDenied.signedOut);
      expect(refusalMessage("en", "forbidden")).toBe(getDictionary("en").account.accessDenied.forbidden);
    });
  });

  describe("a password reset link", () => {
    it("sets the new password and spends every other link of the account in one step, and is counted", async () => {
      const reader = await idOf("reader@khabarsetu.test");
      const now = Date.now();
      const [first, second] = [newResetToken().hash, newResetToken().hash];
      await createPasswordResetToken(reader, first, now + hour, now - 1000);
      await createPasswordResetToken(reader, second, now + hour, now);
      expect(await countRecentPasswordResets(reader, now - hour)).toBe(2);
      expect(await countRecentPasswordResets(reader, now - 500)).toBe(1);
      expect(await resetPasswordWithToken(second, await hashPassword("a reset passphrase"), now + 1000)).toBe(reader);
      expect(await isPasswordResetTokenUsable(first, now + 2000)).toBe(false);
      expect(await resetPasswordWithToken(first, "not used", now + 2000)).toBeNull();
      expect(
        (await checkCredentials({ email: "reader@khabarsetu.test", password: "a reset passphrase" }, "session-test"))
          .ok,
      ).toBe(true);
      await updateUserPassword(reader, await hashPassword("reader-demo-password"));
    });

    it("works once, within the hour, and ends every session of the account", async () => {
      const claims = await signIn("farah@khabarsetu.test", "editor-demo-password");
      const { token, hash } = newResetToken();
      expect(hash).toBe(hashResetToken(token));
      expect(hash).not.toContain(token);
      const now = Date.now();
      await createPasswordResetToken(claims.uid, hash, now + hour, now);
      expect(await isPasswordResetTokenUsable(hash, now + hour - 1)).toBe(true);
      expect(await isPasswordResetTokenUsable(hash, now + hour + 1)).toBe(false);

      expect(await consumePasswordResetToken(hash, now + 1000)).toBe(claims.uid);
      await updateUserPassword(claims.uid, await hashPassword("reset passphrase here"));
      expect(await consumePasswordResetToken(hash, now + 2000)).toBeNull();
      expect((await resolveSession(claims)).status).toBe("signed-out");
    });

    it("is refused once expired, and an unknown token is refused", async () => {
      const { hash } = newResetToken();
      const now = Date.now();
      await createPasswordResetToken(await idOf("reader@khabarsetu.test"), hash, now + hour, now);
      expect(await consumePasswordResetToken(hash, now + hour + 1)).toBeNull();
      expect(await consumePasswordResetToken(newResetToken().hash, now)).toBeNull();
    });
  });
});
