import type { ArticleState } from "@/db/queries/admin-articles";

const colours: Record<ArticleState, string> = {
  draft: "border-line bg-wash text-ink",
  scheduled: "border-amber-700 bg-amber-50 text-amber-900",
  published: "border-green-800 bg-green-50 text-green-900",
  deleted: "border-brand bg-red-50 text-brand",
};

export function ArticleStateBadge({ state, label }: { state: ArticleState; label: string }) {
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-xs font-bold uppercase tracking-wide ${colours[state]}`}
    >
      {label}
    </span>
  );
}
