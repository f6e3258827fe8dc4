import type Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { doneMessage } from "@/app/admin/moderation/done-message";
import { db } from "@/db";
import { createComment, getLastCommentTime } from "@/db/queries/comments";
import { checkFormStamp, formStampMinMs, issueFormStamp } from "@/auth/form-stamp";
import { en } from "@/lib/i18n/en";
import { gu } from "@/lib/i18n/gu";
import { freshDatabase } from "../helpers/unit-database";

const sqlite = () => (db as unknown as { $client: Database.Database }).$client;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "unit-test-secret";
  await freshDatabase();
});

describe("the sign-up form's minimum time on screen", () => {
  afterEach(() => {
    delete process.env.FORM_STAMP_MIN_SECONDS;
  });

  it("is 3 seconds unless configured, and ignores nonsense", () => {
    expect(formStampMinMs({})).toBe(3_000);
    expect(formStampMinMs({ FORM_STAMP_MIN_SECONDS: "1.5" })).toBe(1_500);
    expect(formStampMinMs({ FORM_STAMP_MIN_SECONDS: "0" })).toBe(0);
    expect(formStampMinMs({ FORM_STAMP_MIN_SECONDS: "-1" })).toBe(3_000);
    expect(formStampMinMs({ FORM_STAMP_MIN_SECONDS: "3600" })).toBe(3_000);
    expect(formStampMinMs({ FORM_STAMP_MIN_SECONDS: "soon" })).toBe(3_000);
  });

  it("lets a password manager's instant sign-up through when set to 0, but still refuses a forged stamp", () => {
    const shown = Date.now();
    const stamp = issueFormStamp(shown);
    expect(checkFormStamp(stamp, shown + 200)).toBe("too-fast");
    process.env.FORM_STAMP_MIN_SECONDS = "0";
    expect(checkFormStamp(stamp, shown + 200)).toBe("ok");
    expect(checkFormStamp(`${shown}.forged`, shown + 200)).toBe("invalid");
  });
});

describe("the flood rule after a banned-word rejection", () => {
  it("does not count a rejected comment, so the corrected one can be sent at once", async () => {
    const userId = (
      sqlite().prepare("select id from users where email = 'nisha@khabarsetu.test'").get() as { id: number }
    ).id;
    const articleId = (
      sqlite().prepare("select id from articles where status = 'published' limit 1").get() as { id: number }
    ).id;
    sqlite().prepare("delete from comments where user_id = ?").run(userId);
    const earlier = Date.now() - 60_000;
    await createComment({
      articleId,
      userId,
      body: "An earlier comment",
      status: "approved",
      parentId: null,
      heldReason: null,
      createdAt: earlier,
    });
    await createComment({
      articleId,
      userId,
      body: "A rude first try",
      status: "rejected",
      parentId: null,
      heldReason: "banned-word:x",
      createdAt: Date.now(),
    });
    expect(await getLastCommentTime(userId)).toBe(earlier);
  });
});

describe("the desk's ban message", () => {
  it("says one author and one comment in the singular, in both languages", () => {
    expect(doneMessage(en.moderation.desk, "ban", 1, 1)).toBe("Banned 1 author; rejected 1 comment.");
    expect(doneMessage(en.moderation.desk, "ban", 3, 2)).toBe("Banned 2 authors; rejected 3 comments.");
    expect(doneMessage(gu.moderation.desk, "ban", 1, 1)).toBe("1 લેખક પર પ્રતિબંધ; 1 પ્રતિભાવ નામંજૂર.");
    expect(doneMessage(gu.moderation.desk, "ban", 4, 2)).toBe("2 લેખકો પર પ્રતિબંધ; 4 પ્રતિભાવો નામંજૂર.");
    expect(doneMessage(en.moderation.desk, "approve", 5, 0)).toBe("Approved: 5.");
  });
});
