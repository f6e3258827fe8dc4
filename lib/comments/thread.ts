export type CommentOrder = "oldest" | "newest";
export const commentOrders = ["oldest", "newest"] as const satisfies readonly CommentOrder[];

/** Top-level comments shown per step of "load more". */
export const commentPageSize = 50;
const maxShown = 40 * commentPageSize;

/** One comment as the thread reads it; the body of a deleted comment is never sent. */
export type ThreadRow = {
  id: number;
  parentId: number | null;
  authorId: number;
  authorName: string;
  body: string;
  status: "pending" | "approved" | "spam" | "rejected";
  featured: boolean;
  /** A reply from the newsroom's moderation desk. */
  fromDesk?: boolean;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
};

export type ThreadComment = ThreadRow & { depth: number; own: boolean; replies: ThreadComment[] };

/** `?order=newest&comments=100` from the article URL, made safe: a known order and a whole number of pages. */
export function threadOptions(search: { order?: string | string[]; comments?: string | string[] }) {
  const order: CommentOrder = search.order === "newest" ? "newest" : "oldest";
  const asked = Number(Array.isArray(search.comments) ? search.comments[0] : search.comments);
  const pages = Number.isFinite(asked) && asked > 0 ? Math.ceil(asked / commentPageSize) : 1;
  return { order, limit: Math.min(pages * commentPageSize, maxShown) };
}

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
export function buildThread(approved: ThreadRow[], ownPending: ThreadRow[], order: CommentOrder, viewerId: number | null): ThreadComment[] {
  const rows = new Map<number, ThreadRow>();
  for (const row of [...approved, ...ownPending]) rows.set(row.id, row);
  const children = new Map<number, ThreadRow[]>();
  for (const row of rows.values()) {
    if (row.parentId === null) continue;
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }

  const node = (row: ThreadRow, depth: number, replies: ThreadComment[]): ThreadComment => ({
    ...row, depth, own: viewerId !== null && row.authorId === viewerId, replies,
  });
  const descendants = (id: number, seen: Set<number>): ThreadRow[] =>
    (children.get(id) ?? []).filter((c) => !seen.has(c.id) && seen.add(c.id)).flatMap((c) => [c, ...descendants(c.id, seen)]);
  const visible = (c: ThreadComment) => !c.deleted || c.replies.length > 0;

  return [...rows.values()]
    .filter((row) => row.parentId === null)
    .sort(topLevelOrder(order))
    .map((top) => {
      const seen = new Set([top.id]);
      const replies = (children.get(top.id) ?? []).sort(byTime).map((reply) => {
        seen.add(reply.id);
        const deeper = descendants(reply.id, seen).sort(byTime).map((row) => node(row, 2, [])).filter(visible);
        return node(reply, 1, deeper);
      });
      return node(top, 0, replies.filter(visible));
    })
    .filter(visible);
}

/** The article URL showing a given order and number of top-level comments, landing on `anchor`. */
export function threadHref(articlePath: string, order: CommentOrder, limit: number, anchor = "comments"): string {
  const params = new URLSearchParams();
  if (order !== "oldest") params.set("order", order);
  if (limit > commentPageSize) params.set("comments", String(limit));
  const query = params.toString();
  return `${articlePath}${query ? `?${query}` : ""}#${anchor}`;
}
