import "server-only";
import type { Account, Profile } from "next-auth";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { tryWrite } from "@/db/write";
import type { User } from "@/db/schema";
import { emailField, limits, nameField } from "@/lib/account-rules";

/** Providers switched on by their settings (see README, "Sign-in with GitHub or Google"). */
export const oauthProviders = [
  { id: "github", name: "GitHub", on: Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) },
  { id: "google", name: "Google", on: Boolean(process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET) },
]
  .filter((provider) => provider.on)
  .map(({ id, name }) => ({ id, name }));

// Accounts are linked by email, so only an address the provider has verified may be used.
async function verifiedEmail(account: Account, profile: Profile | undefined): Promise<string | null> {
  if (account.provider === "google") return profile?.email_verified === true && profile.email ? profile.email : null;
  if (account.provider === "github" && account.access_token) {
    const response = await fetch("https://api.github.com/user/emails", {
      headers: {
        Authorization: `Bearer ${account.access_token}`,
        Accept: "application/vnd.github+json",
        "User-Agent": "khabar-setu",
      },
    });
    if (!response.ok) return null;
    const emails = (await response.json()) as { email: string; primary: boolean; verified: boolean }[];
    return emails.find((e) => e.primary && e.verified)?.email ?? null;
  }
  return null;
}

/** The portal account for an OAuth sign-in: found by verified email, or created as a commenter. Null when refused. */
export async function accountForOAuth(account: Account, profile: Profile | undefined): Promise<User | null> {
  const email = emailField.safeParse(await verifiedEmail(account, profile));
  if (!email.success) return null;
  const existing = await getUserByEmail(email.data);
  if (existing) return existing;
  const login = (profile as { login?: unknown } | undefined)?.login;
  const name = nameField.safeParse(profile?.name ?? login);
  // A refused write refuses the sign-in (Auth.js shows its "could not sign you in" page) rather than throwing.
  const created = await tryWrite(() =>
    createUser({
      email: email.data,
      name: name.success ? name.data : email.data.split("@")[0].slice(0, limits.name),
      passwordHash: null,
    }),
  );
  return created.ok ? created.value : null;
}
