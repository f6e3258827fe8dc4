/** How the sender retries a mail that could not be sent (README, "Configuration"). */
export type RetryPolicy = { baseMs: number; longestMs: number; maxAttempts: number };

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export function retryPolicy(env: Record<string, string | undefined> = process.env): RetryPolicy {
  return {
    baseMs: positive(env.MAIL_RETRY_SECONDS, 60) * 1000,
    longestMs: 6 * 3_600_000,
    maxAttempts: Math.floor(positive(env.MAIL_MAX_ATTEMPTS, 8)),
  };
}

/**
 * When to try again after the `attempts`-th failure: the pause doubles each time (1, 2, 4… times
 * the base, at most six hours); null once `maxAttempts` have failed, and the mail is given up.
 */
export function nextAttemptAt(attempts: number, now: number, policy: RetryPolicy): number | null {
  if (attempts >= policy.maxAttempts) return null;
  return now + Math.min(policy.baseMs * 2 ** Math.max(attempts - 1, 0), policy.longestMs);
}
