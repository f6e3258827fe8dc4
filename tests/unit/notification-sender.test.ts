import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { moderateComments } from "@/db/queries/moderation-actions";
import { claimDueNotifications, setMailPreferences } from "@/db/queries/notifications";
import { nextAttemptAt, retryPolicy } from "@/lib/notifications/retry";
import { sendDueNotifications } from "@/mailer/notification-sender";
import { setUserBan } from "@/db/queries/users";
import { describeOnEngines } from "../helpers/engines";
import { addComment, clearMail, f, fillNotifications, outbox, statusOf } from "../helpers/notification-fixtures";

let mailDir: string;
const policy = { baseMs: 60_000, longestMs: 6 * 3_600_000, maxAttempts: 3 };

process.env.AUTH_SECRET = "a test secret for signing unsubscribe links";

beforeEach(() => {
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-mail-"));
  process.env.OUTBOX_DIR = mailDir;
});

afterEach(() => vi.restoreAllMocks());

const mails = () =>
  fs
    .readdirSync(mailDir)
    .filter((file) => file.endsWith(".json"))
    .map(
      (file) =>
        JSON.parse(fs.readFileSync(path.join(mailDir, file), "utf8")) as {
          to: string;
          subject: string;
          text: string;
          headers: Record<string, string>;
        },
    );

/** A real fault: the outbox folder's place is taken by a file, so no mail can be written. */
function breakMail(): () => void {
  const blocked = path.join(mailDir, "blocked");
  fs.writeFileSync(blocked, "not a folder");
  process.env.OUTBOX_DIR = blocked;
  return () => {
    process.env.OUTBOX_DIR = mailDir;
  };
}

describeOnEngines("the notification sender", fillNotifications, () => {
  beforeEach(clearMail);

  it("sends a due mail once, in the story's language, and records it as sent", async () => {
    const id = await addComment(f.guStory, f.asha, "pending", null, "રૂટ વિશે સરસ માહિતી.");
    await moderateComments([id], "approve", f.moderator);
    const now = Date.now();
    expect(await sendDueNotifications({ now, policy })).toEqual({ sent: 1, retried: 0, failed: 0, dropped: 0 });
    expect(await sendDueNotifications({ now: now + 1000, policy })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      dropped: 0,
    });
    const [mail] = mails();
    expect(mail.to).toBe("asha@example.test");
    expect(mail.subject).toBe("“નવા બસ રૂટ” પરનો તમારો પ્રતિભાવ પ્રકાશિત થયો છે");
    expect(mail.text).toContain(`/gu/article/bus-routes-gu#comment-${id}`);
    expect(mail.text).toContain("> રૂટ વિશે સરસ માહિતી.");
    expect(mail.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect((await outbox())[0]).toMatchObject({ state: "sent", attempts: 1, lastError: null });
  });

  it("keeps a mail the mail server refused and tries it again after a growing pause, never failing the approval", async () => {
    const repair = breakMail();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const id = await addComment(f.enStory, f.asha);
    expect(await moderateComments([id], "approve", f.moderator)).toHaveLength(1);
    expect(await statusOf(id)).toBe("approved");

    const now = Date.now();
    expect((await sendDueNotifications({ now, policy })).retried).toBe(1);
    expect((await outbox())[0]).toMatchObject({ state: "pending", attempts: 1, nextAttemptAt: now + 60_000 });
    expect((await outbox())[0].lastError).toMatch(/ENOTDIR|EEXIST/);
    expect((await sendDueNotifications({ now: now + 59_000, policy })).retried).toBe(0); // not due yet
    expect((await sendDueNotifications({ now: now + 60_000, policy })).retried).toBe(1);
    expect((await outbox())[0]).toMatchObject({ attempts: 2, nextAttemptAt: now + 60_000 + 120_000 });

    repair();
    expect((await sendDueNotifications({ now: now + 180_000, policy })).sent).toBe(1);
    expect((await outbox())[0]).toMatchObject({ state: "sent", attempts: 3, lastError: null });
    expect(mails().map((m) => m.to)).toEqual(["asha@example.test"]);
  });

  it("gives up after the last attempt and logs why", async () => {
    breakMail();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await moderateComments([await addComment(f.enStory, f.asha)], "approve", f.moderator);
    let now = Date.now();
    for (let i = 0; i < policy.maxAttempts; i++) {
      await sendDueNotifications({ now, policy });
      now += policy.longestMs;
    }
    expect((await outbox())[0]).toMatchObject({ state: "failed", attempts: 3 });
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/^\[mail\] gave up on notification \d+ \(comment-approved\) after 3 attempts: /),
    );
    expect(await sendDueNotifications({ now, policy })).toEqual({ sent: 0, retried: 0, failed: 0, dropped: 0 });
  });

  it("does not send what became unwanted after it was queued: a ban, an unsubscribe, a rejection", async () => {
    const parent = await addComment(f.enStory, f.asha, "approved");
    const reply = await addComment(f.enStory, f.bharat, "pending", parent);
    const other = await addComment(f.enStory, f.chetan);
    await moderateComments([reply, other], "approve", f.moderator);
    await setUserBan(f.bharat, Date.now() + 86_400_000);
    await setMailPreferences(f.asha, { commentReply: false });
    await moderateComments([other], "reject", f.moderator);
    expect(await sendDueNotifications({ policy })).toEqual({ sent: 0, retried: 0, failed: 0, dropped: 3 });
    expect((await outbox()).map((row) => row.lastError).sort()).toEqual([
      "comment no longer visible",
      "recipient banned",
      "recipient turned this mail off",
    ]);
    expect(mails()).toEqual([]);
  });

  it("leases what it claims, so a second sender on the same database does not send it twice", async () => {
    await moderateComments([await addComment(f.enStory, f.asha)], "approve", f.moderator);
    const now = Date.now();
    expect(await claimDueNotifications(now, 10, 600_000)).toHaveLength(1);
    expect(await claimDueNotifications(now, 10, 600_000)).toHaveLength(0);
    expect(await claimDueNotifications(now + 600_000, 10, 600_000)).toHaveLength(1);
  });
});

describe("the retry pauses", () => {
  it("double from the base, stop growing at six hours, and end after the last attempt", () => {
    const p = { baseMs: 1000, longestMs: 5000, maxAttempts: 5 };
    expect([1, 2, 3, 4].map((n) => nextAttemptAt(n, 0, p))).toEqual([1000, 2000, 4000, 5000]);
    expect(nextAttemptAt(5, 0, p)).toBeNull();
  });

  it("are read from the settings, with sane defaults for missing or nonsense values", () => {
    expect(retryPolicy({})).toEqual({ baseMs: 60_000, longestMs: 21_600_000, maxAttempts: 8 });
    expect(retryPolicy({ MAIL_RETRY_SECONDS: "2", MAIL_MAX_ATTEMPTS: "3" })).toMatchObject({
      baseMs: 2000,
      maxAttempts: 3,
    });
    expect(retryPolicy({ MAIL_RETRY_SECONDS: "-5", MAIL_MAX_ATTEMPTS: "lots" })).toMatchObject({
      baseMs: 60_000,
      maxAttempts: 8,
    });
  });
});
