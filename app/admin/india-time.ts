// The newsroom types dates and times in India time (UTC+05:30 all year, no daylight
// saving); the database keeps UTC milliseconds. Inputs are <input type="datetime-local">.
const istOffsetMs = 330 * 60_000;
const dayMs = 86_400_000;
const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-11-28T17:30" or "…T17:30:15" in India time → UTC ms; null when it is not a real date and time. */
export function parseIndiaDateTime(value: string): number | null {
  const match = pattern.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  return utc - istOffsetMs;
}

/** UTC ms → the value a datetime-local input shows in India time, to the second. */
export function toIndiaInput(ms: number): string {
  return new Date(ms + istOffsetMs).toISOString().slice(0, 19);
}

/** When the India-time day holding `ms` began, in UTC ms. */
export function indiaDayStart(ms: number): number {
  return Math.floor((ms + istOffsetMs) / dayMs) * dayMs - istOffsetMs;
}

export { dayMs };
