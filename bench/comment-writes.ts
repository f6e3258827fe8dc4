import fs from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { DatabaseEngine } from "../db/engine";
import { withBenchDatabase } from "./database";

// The single-writer limit as readers meet it: many signed-in commenters posting at once through the
// real comment form's server action, each post committed before the reader is told it is saved.

type Prepared = { cookies: string[]; slugs: string[]; restore: () => Promise<void> };

const floodKey = "moderation.floodSeconds";
const emailOf = (i: number) => `bench-commenter-${i}@khabarsetu.test`;
const removeBenchComments =
  "delete from comments where user_id in (select id from users where email like 'bench-commenter-%')";

/**
 * Before the server starts (its settings read is cached): `count` new commenters with session cookies
 * (not trusted, so their comments wait for moderation, as most readers' do), no wait between one reader's
 * comments, and the oldest stories as targets. Earlier runs' comments are removed first, so the desk's
 * queue the rest of the bench reads stays as seeded. `restore` puts the flood setting back and removes
 * this run's comments.
 */
export async function prepareCommenters(target: DatabaseEngine, secret: string, count: number): Promise<Prepared> {
  return withBenchDatabase(target, async (db) => {
    const users = await db.transaction(async () => {
      const found: { id: number; sv: number }[] = [];
      for (let i = 0; i < count; i++) {
        await db.run(
          "insert into users (email, name, role, trusted) values (?, ?, 'commenter', false) on conflict (email) do update set trusted = false",
          [emailOf(i), `Bench Reader ${i}`],
        );
        found.push(
          (await db.get<{ id: number; sv: number }>(`select id, session_version as "sv" from users where email = ?`, [
            emailOf(i),
          ]))!,
        );
      }
      return found;
    });
    await db.run(removeBenchComments);
    const salt = "authjs.session-token";
    const cookies = await Promise.all(
      users.map(
        async (u) => `${salt}=${await encode({ secret, salt, token: { sub: String(u.id), uid: u.id, sv: u.sv } })}`,
      ),
    );
    const slugs = (
      await db.all<{ slug: string }>(
        "select slug from articles where edition = 'en' and status = 'published' and deleted_at is null and comments_open = true order by published_at limit 200",
      )
    ).map((r) => r.slug);
    const previous = await db.get<{ value: string }>("select value from settings where key = ?", [floodKey]);
    await db.run(
      "insert into settings (key, value) values (?, '0') on conflict (key) do update set value = excluded.value",
      [floodKey],
    );
    const restore = () =>
      withBenchDatabase(target, async (again) => {
        await again.run(removeBenchComments);
        if (previous) await again.run("update settings set value = ? where key = ?", [previous.value, floodKey]);
        else await again.run("delete from settings where key = ?", [floodKey]);
      });
    return { cookies, slugs, restore };
  });
}

/** The post-comment server action's id in the build that serves the bench. */
export function postCommentActionId(distDir: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, e]) => e.filename === "app/(site)/[lang]/article/[slug]/actions.ts" && e.exportedName === "postComment",
  );
  if (!found) throw new Error("no postComment action in the build");
  return found[0];
}

export type WriteResult = {
  commenters: number;
  seconds: number;
  saved: number;
  "posts/s": number;
  "p50 ms": number;
  "p99 ms": number;
  "not saved": number;
  errors: number;
  stored: number;
};

/** Every commenter posts one comment after another for `seconds`; then the database is asked what it holds. */
export async function postCommentsUnderLoad(
  base: string,
  target: DatabaseEngine,
  actionId: string,
  { cookies, slugs }: Prepared,
  seconds: number,
): Promise<WriteResult> {
  const marker = `bench-${Date.now().toString(36)}`;
  const timings: number[] = [];
  let saved = 0;
  let notSaved = 0;
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie, reader) => {
      for (let n = 0; performance.now() < until; n++) {
        const slug = slugs[(reader * 7 + n) % slugs.length];
        const form = new FormData();
        form.append("_1_lang", "en");
        form.append("_1_slug", slug);
        form.append("_1_body", `Reader ${reader} on the story, note ${n} (${marker})`);
        form.append("0", JSON.stringify([{}, "$K1"]));
        const started = performance.now();
        try {
          const response = await fetch(`${base}/en/article/${encodeURIComponent(slug)}`, {
            method: "POST",
            headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: base, cookie },
            body: form,
          });
          const text = await response.text();
          timings.push(performance.now() - started);
          if (text.includes('"ok":true')) saved++;
          else if (text.includes('"ok":false')) notSaved++;
          else errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const stored = await withBenchDatabase(
    target,
    async (db) =>
      (await db.get<{ n: number }>(`select count(*) as "n" from comments where body like ?`, [`%(${marker})`]))!.n,
    { readonly: true },
  );
  timings.sort((a, b) => a - b);
  const at = (p: number) => Number((timings[Math.floor((p / 100) * (timings.length - 1))] ?? 0).toFixed(1));
  return {
    commenters: cookies.length,
    seconds,
    saved,
    "posts/s": Math.round(saved / seconds),
    "p50 ms": at(50),
    "p99 ms": at(99),
    "not saved": notSaved,
    errors,
    stored,
  };
}
