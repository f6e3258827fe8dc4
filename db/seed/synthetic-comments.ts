import { type Bar, hour, type Targets } from "./synthetic-articles";
import { commentBody, type Random } from "./synthetic-text";
import { en, gu } from "./synthetic-words";
import type { SeedRow, SeedWriter } from "./writer";

async function syntheticReaders(writer: SeedWriter, comments: number, rnd: Random): Promise<number[]> {
  const wanted = Math.min(5000, Math.max(50, Math.ceil(comments / 500)));
  const rows: SeedRow[] = [];
  for (let i = 1; i <= wanted; i++) {
    const name = `${rnd.pick(en.people).split(" ")[0]} ${rnd.pick(en.people).split(" ")[1]}`;
    rows.push([`reader${i}@synthetic.test`, name, `synthetic-reader-${i}`, "commenter"]);
  }
  await writer.transaction(() =>
    writer.insert("users", ["email", "name", "slug", "role"], rows, { ignoreDuplicates: true }),
  );
  const readers = await writer.all<{ id: number }>(
    `select "id" from "users" where "role" = 'commenter' and "banned_until" is null order by "id"`,
  );
  return readers.map((row) => row.id);
}

const commentColumns = ["id", "article_id", "user_id", "parent_id", "body", "status", "created_at"];

export async function insertComments(
  writer: SeedWriter,
  count: number,
  rnd: Random,
  targets: Targets,
  bar: Bar,
): Promise<number> {
  if (count === 0) return 0;
  if (targets.ids.length === 0) throw new Error("No published articles to comment on.");
  const readers = await syntheticReaders(writer, count, rnd);

  // A skewed share per article (most get a few, some get many), summing to `count`.
  const weights = Float64Array.from(targets.ids, () => (-Math.log(1 - rnd.next())) ** 1.5);
  const total = weights.reduce((a, b) => a + b, 0);
  const perArticle = Uint32Array.from(weights, (w) => Math.floor((w / total) * count));
  for (let left = count - perArticle.reduce((a, b) => a + b, 0); left > 0; left--)
    perArticle[rnd.int(perArticle.length)]++;

  const now = Date.now();
  let article = 0;
  let doneInArticle = 0;
  let at = 0;
  let lastApproved: number | null = null;
  // Explicit ids, taken a batch at a time: a reply names the id of the comment it answers.
  const batch = (size: number) =>
    writer.transaction(async () => {
      const first = await writer.reserveIds("comments", size);
      const rows: SeedRow[] = new Array(size);
      for (let n = 0; n < size; n++) {
        while (doneInArticle >= perArticle[article]) {
          article++;
          doneInArticle = 0;
          at = targets.publishedAt[article];
          lastApproved = null;
        }
        if (doneInArticle === 0) at = targets.publishedAt[article];
        at = Math.min(at + Math.round(rnd.next() * 3 * hour), now - 60_000);
        const w = targets.editions[article] === 0 ? en : gu;
        const roll = rnd.next();
        const status = roll < 0.86 ? "approved" : roll < 0.95 ? "pending" : "spam";
        const parent = status === "approved" && lastApproved !== null && rnd.next() < 0.15 ? lastApproved : null;
        const body = status === "spam" ? rnd.pick(w.spam) : commentBody(w, rnd);
        const id = first + n;
        rows[n] = [id, targets.ids[article], rnd.pick(readers), parent, body, status, at];
        if (status === "approved") lastApproved = id;
        doneInArticle++;
      }
      await writer.insert("comments", commentColumns, rows);
    });
  for (let done = 0; done < count;) {
    const rows = Math.min(writer.batchRows, count - done);
    await batch(rows);
    done += rows;
    bar.increment(rows, { phase: "comments" });
  }
  return count;
}
