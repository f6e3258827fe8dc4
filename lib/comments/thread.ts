import type { CommentOrder, ThreadRow } from "@/db/queries/comment-thread";

export type { CommentOrder, ThreadRow };
export const commentOrders = ["oldest", "newest"] as const satisfies readonly CommentOrder[];

/** Top-level comments shown per step of "load more". */
export const commentPageSize = 50;

export type ThreadComment = ThreadRow & { depth: number; own: boolean; replies: ThreadComment[] };

const byTime = (a: ThreadRow, b: ThreadRow) => a.createdAt - b.createdAt || a.id - b.id;

function topLevelOrder(order: CommentOrder) {
  return (a: ThreadRow, b: ThreadRow) =>
    Number(b.featured) - Number(a.featured) || (order === "oldest" ? byTime(a, b) : byTime(b, a));
}

/**
 * The thread as readers see it: top-level comments (editor's picks first), each
 * with replies nested two levels deep; anything deeper is shown at the second
 * level. The viewer's own pending comments are woven in; a deleted comment stays
 * only as long as it has replies. Orphans (a reply whose parent is hidden) are dropped.
 */
export function buildThread(
  approved: ThreadRow[],
  ownPending: ThreadRow[],
  order: CommentOrder,
  viewerId: number | null,
): ThreadComment[] {
  const rows = new Map<number, ThreadRow>();
  for (const row of [...approved, ...ownPending]) rows.set(row.id, row);
  const children = new Map<number, ThreadRow[]>();
  for (const [, row] of rows) {
    if (row.parentId === null) continue;
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }

  const node = (row: ThreadRow, depth: number, replies: ThreadComment[]): ThreadComment => ({
    ...row,
    depth,
    own: viewerId !== null && row.authorId === viewerId,
    replies,
  });
  const descendants = (id: number, seen: Set<number>): ThreadRow[] =>
    (children.get(id) ?? [])
      .filter((c) => !seen.has(c.id) && seen.add(c.id))
      .flatMap((c) => [c, ...descendants(c.id, seen)]);
  const visible = (c: ThreadComment) => !c.deleted || c.replies.length > 0;

  return Array.from(rows, ([, row]) => row)
    .filter((row) => row.parentId === null)
    .sort(topLevelOrder(order))
    .map((top) => {
      const seen = new Set([top.id]);
      const replies = (children.get(top.id) ?? []).sort(byTime).map((reply) => {
        seen.add(reply.id);
        const deeper = descendants(reply.id, seen)
          .sort(byTime)
          .map((row) => node(row, 2, []))
          .filter(visible);
        return node(reply, 1, deeper);
      });
      return node(top, 0, replies.filter(visible));
    })
    .filter(visible);
}
