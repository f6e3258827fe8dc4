/** A `?page=` value as a page number: absent means 1; anything but a plain positive integer is null. */
export function parsePage(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (typeof raw !== "string" || !/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page numbers to show, with null for a gap: 1 … 4 5 6 … 12 */
export function pageWindow(current: number, pages: number, radius = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - current) <= radius) shown.push(p);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
