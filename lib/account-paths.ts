import type { Edition } from "@/db/schema";

const withNext = (path: string, next?: string) => (next ? `${path}?${new URLSearchParams({ next })}` : path);

export const accountPaths = {
  signIn: (lang: Edition, next?: string) => withNext(`/${lang}/sign-in`, next),
  signUp: (lang: Edition, next?: string) => withNext(`/${lang}/sign-up`, next),
  forgotPassword: (lang: Edition, next?: string) => withNext(`/${lang}/forgot-password`, next),
  resetPassword: (lang: Edition, token: string) => `/${lang}/reset-password?${new URLSearchParams({ token })}`,
  confirmSignUp: (lang: Edition, token: string) => `/${lang}/sign-up/confirm?${new URLSearchParams({ token })}`,
  account: (lang: Edition, notice?: "password-changed") => `/${lang}/account${notice ? `?notice=${notice}` : ""}`,
};

/**
 * Where to send someone after an account page: only a path on this site.
 * "//evil.example" and "/\evil.example" are other hosts to a browser, so they are refused.
 */
export function safeNextPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001F\u007F\\]/.test(value)) return fallback;
  // A redirect's Location header takes ASCII only: a Gujarati slug typed raw is percent-encoded.
  return Array.from(value, (ch) => (/[\x21-\x7E]/.test(ch) ? ch : encodeURIComponent(ch))).join("");
}
