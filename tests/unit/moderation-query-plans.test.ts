import { beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "@/db/connection";
import { type Queue, queueQuery, queues } from "@/db/queries/moderation-queues";
import { clock, setUpDesk } from "./moderation-desk-fixture";

let file = "";
beforeAll(async () => {
  file = await setUpDesk();
});

describe("the desk's queries use indexes", () => {
  const plan = (query: { toSQL: () => { sql: string; params: unknown[] } }) => {
    const { sql: text, params } = query.toSQL();
    const sqlite = openSqlite(file);
    try {
      return (sqlite.prepare(`explain query plan ${text}`).all(...params) as { detail: string }[])
        .map((row) => row.detail)
        .join("\n");
    } finally {
      sqlite.close();
    }
  };
  const filters = [{}, { articleId: 1 }, { authorId: 1 }];
  for (const queue of queues as readonly Queue[]) {
    it(`${queue}: first and later pages, unfiltered and filtered`, () => {
      for (const filter of filters) {
        for (const after of [undefined, { at: clock, id: 5 }]) {
          const detail = plan(queueQuery(queue, filter, after));
          expect(detail).not.toMatch(/^SCAN comments\b(?! USING)/m);
          expect(detail).toMatch(/comments USING (COVERING )?INDEX|comments USING INTEGER PRIMARY KEY/);
          // Unfiltered status queues come straight off the (status, created_at) index, in order.
          if (queue !== "reported" && !("articleId" in filter) && !("authorId" in filter)) {
            expect(detail).toMatch(/comments_status_created_idx/);
            expect(detail).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
          }
          // Reported walks the open-reports index in comment order: one row per comment with no sort.
          if (queue === "reported" && !("articleId" in filter) && !("authorId" in filter))
            expect(detail).not.toMatch(/TEMP B-TREE/);
        }
      }
    });
  }
});
