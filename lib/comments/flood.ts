/** Text compared for duplicates: same letters in the same order, ignoring case, spacing and Unicode form. */
export function normaliseCommentText(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/gu, " ").trim();
}

/** Seconds the person still has to wait, or 0 when they may post now. */
export function floodWaitSeconds(lastCommentAt: number | null, now: number, floodSeconds: number): number {
  if (lastCommentAt === null || floodSeconds <= 0) return 0;
  const waitMs = lastCommentAt + floodSeconds * 1000 - now;
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

export function isTooQuick(lastCommentAt: number | null, now: number, floodSeconds: number): boolean {
  return floodWaitSeconds(lastCommentAt, now, floodSeconds) > 0;
}

/** True when the same person already left this text (after normalising) on the same article. */
export function isDuplicate(text: string, earlierTexts: readonly string[]): boolean {
  const wanted = normaliseCommentText(text);
  return earlierTexts.some((earlier) => normaliseCommentText(earlier) === wanted);
}
