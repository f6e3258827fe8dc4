import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { currentWrite, db } from "@/db";
import { createComment, type NewComment } from "@/db/queries/comments";
import { getUserByEmail } from "@/db/queries/users";
import { articles, comments } from "@/db/schema";
import { atomically, write, WriteFailedError } from "@/db/write";
import { freshDatabase } from "../helpers/unit-database";

// With async transactions, other requests' queries run while a transaction waits on the database.
// They must never run inside it: reads see only committed rows, and another request's write waits
// for the transaction to end instead of joining it (and being rolled back with it).

let articleId = 0;
let readerId = 0;
let clock = Date.now() - 3_600_000;

const comment = (body: string): NewComment => ({
  articleId,
  userId: readerId,
  parentId: null,
  body,
  status: "pending",
  heldReason: "new-author",
  createdAt: ++clock,
});
const stored = async (body: string) =>
  (await db.select({ n: count() }).from(comments).where(eq(comments.body, body)))[0].n;
const idOf = async (body: string) =>
  (await db.select({ id: comments.id }).from(comments).where(eq(comments.body, body)))[0].id;

/** A promise the test settles by hand, to hold a transaction open at a known point. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets every queued callback and promise continuation run once. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

beforeAll(async () => {
  await freshDatabase();
  articleId = (await db.select({ id: articles.id }).from(articles).where(eq(articles.edition, "en")).limit(1))[0].id;
  readerId = (await getUserByEmail("reader@khabarsetu.test"))!.id;
});

describe("a transaction that awaits its queries", () => {
  it("is invisible to readers until it commits, and another request's write waits for it", async () => {
    const reached = gate();
    const resume = gate();
    const first = write(() =>
      atomically(async () => {
        await createComment(comment("First half of an edit"));
        reached.open();
        await resume.opened;
        await createComment(comment("Second half of an edit"));
      }),
    );
    await reached.opened;
    expect(await stored("First half of an edit")).toBe(0);

    let otherDone = false;
    const other = write(() => createComment(comment("Written by another request"))).then((row) => {
      otherDone = true;
      return row;
    });
    await turn();
    expect(otherDone).toBe(false);
    expect(await stored("Written by another request")).toBe(0);

    resume.open();
    await first;
    await other;
    expect(await stored("First half of an edit")).toBe(1);
    expect(await stored("Second half of an edit")).toBe(1);
    expect(await stored("Written by another request")).toBe(1);
    // It ran after the transaction, not inside it.
    expect(await idOf("Written by another request")).toBeGreaterThan(await idOf("Second half of an edit"));
  });

  it("leaves nothing when rolled back, while a write issued during it still lands", async () => {
    const reached = gate();
    const resume = gate();
    const failing = write(() =>
      atomically(async () => {
        await createComment(comment("Doomed first row"));
        reached.open();
        await resume.opened;
        await createComment(comment("Doomed second row"));
        throw new Error("the editor's save failed halfway");
      }),
    );
    await reached.opened;
    const other = write(() => createComment(comment("Saved while the other failed")));
    expect(await stored("Doomed first row")).toBe(0);

    resume.open();
    await expect(failing).rejects.toThrow("the editor's save failed halfway");
    await expect(other).resolves.toMatchObject({ status: "pending" });
    expect(await stored("Doomed first row")).toBe(0);
    expect(await stored("Doomed second row")).toBe(0);
    expect(await stored("Saved while the other failed")).toBe(1);
  });

  it("runs two overlapping transactions one after the other, each seeing the other's committed rows only", async () => {
    const steps: string[] = [];
    const resumeA = gate();
    const reachedA = gate();
    const a = write(() =>
      atomically(async () => {
        steps.push("a begins");
        await createComment(comment("Row of transaction A"));
        reachedA.open();
        await resumeA.opened;
        steps.push("a ends");
      }),
    );
    await reachedA.opened;
    const b = write(() =>
      atomically(async () => {
        steps.push("b begins");
        const seen = await stored("Row of transaction A");
        await createComment(comment("Row of transaction B"));
        steps.push(`b ends, having seen A's row ${seen} time(s)`);
      }),
    );
    await turn();
    expect(await stored("Row of transaction A")).toBe(0);
    expect(steps).toEqual(["a begins"]);

    resumeA.open();
    await Promise.all([a, b]);
    expect(steps).toEqual(["a begins", "a ends", "b begins", "b ends, having seen A's row 1 time(s)"]);
    expect(await stored("Row of transaction B")).toBe(1);
  });

  it("joins the outer transaction when a query that writes atomically is called inside one", async () => {
    await expect(
      write(() =>
        atomically(async () => {
          await atomically(() => createComment(comment("Nested inner write")));
          throw new Error("outer fails after the inner one finished");
        }),
      ),
    ).rejects.toThrow("outer fails");
    expect(await stored("Nested inner write")).toBe(0);
  });

  it("does not lend its connection to work it started and left running after it ended", async () => {
    let later: Promise<unknown> = Promise.resolve("never ran");
    await write(async () => {
      expect(currentWrite()).toBeDefined();
      later = new Promise((resolve) => setImmediate(() => resolve(currentWrite())));
      await createComment(comment("Written before the timer fired"));
    });
    expect(await later).toBeUndefined();
  });

  it("gives up, as busy, a write still queued behind this process's writes after the wait, and keeps the queue in order", async () => {
    const reached = gate();
    const resume = gate();
    const holder = write(() =>
      atomically(async () => {
        await createComment(comment("Held while others queue"));
        reached.open();
        await resume.opened;
      }),
    );
    await reached.opened;
    const late = write(() => createComment(comment("Queued too long")), { totalMs: 30 });
    const patient = write(() => createComment(comment("Queued patiently")));
    const refusal = await late.then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(WriteFailedError);
    expect((refusal as WriteFailedError).reason).toBe("busy");
    // The one that gave up must not let the patient write in while the holder still has the lock.
    await turn();
    expect(await stored("Queued patiently")).toBe(0);

    resume.open();
    await Promise.all([holder, patient]);
    expect(await stored("Held while others queue")).toBe(1);
    expect(await stored("Queued patiently")).toBe(1);
    expect(await stored("Queued too long")).toBe(0);
  });
});
