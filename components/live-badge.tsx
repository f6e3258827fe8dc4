/** The red "LIVE" mark of a story being covered live (its pulsing dot is decoration only). */
export function LiveBadge({ label, className = "" }: { label: string; className?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded bg-brand px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white ${className}`}
    >
      <span aria-hidden="true" className="size-2 rounded-full bg-white motion-safe:animate-pulse" />
      {label}
    </span>
  );
}
