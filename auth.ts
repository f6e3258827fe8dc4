import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { isBanned, issueClaims, readClaims, revokeSessions } from "@/auth/access";
import { accountPaths } from "@/lib/account-paths";
import { checkCredentials } from "@/auth/credentials";
import { accountForOAuth, oauthProviders } from "@/auth/oauth";
import { site } from "@/lib/site";
import { clientAddress } from "@/auth/throttle";

declare module "next-auth" {
  interface Session {
    uid?: number;
    sv?: number;
  }
}

// The code travels in the sign-in page's URL, so it only says which message to show.
class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}
class BannedSignin extends CredentialsSignin {
  code = "banned";
}
class UnavailableSignin extends CredentialsSignin {
  code = "unavailable";
}

const credentials = Credentials({
  credentials: { email: {}, password: {} },
  async authorize(input, request) {
    const result = await checkCredentials(input, clientAddress(request.headers));
    if (result.ok) return { id: String(result.user.id), name: result.user.name, email: result.user.email };
    if (result.reason === "throttled") throw new ThrottledSignin();
    if (result.reason === "banned") throw new BannedSignin();
    if (result.reason === "unavailable") throw new UnavailableSignin();
    return null;
  },
});

const signInPage = accountPaths.signIn(site.defaultEdition);

export const config = {
  providers: [credentials, ...oauthProviders.map(({ id }) => (id === "github" ? GitHub : Google))],
  // Credentials sign-in works only with JWT sessions. The token holds the account id and its
  // session version; auth/session.ts checks both against the database on every request.
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  useSecureCookies: site.url.startsWith("https://"),
  pages: { signIn: signInPage, error: signInPage },
  callbacks: {
    async signIn({ user, account, profile }) {
      if (!account || account.provider === "credentials") return true;
      const row = await accountForOAuth(account, profile);
      if (!row || isBanned(row)) return false;
      user.id = String(row.id); // the same object reaches the jwt callback below
      return true;
    },
    async jwt({ token, user }) {
      if (!user) return token;
      const claims = await issueClaims(Number(user.id));
      return claims ? { sub: String(claims.uid), ...claims } : null;
    },
    session({ session, token }) {
      return { ...session, uid: Number(token.uid), sv: Number(token.sv) };
    },
  },
  events: {
    // Auth.js's own sign-out endpoint also ends the account's other sessions.
    async signOut(message) {
      await revokeSessions(readClaims("token" in message ? message.token : null));
    },
  },
  logger: {
    // A failed sign-in is expected, not an error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth][error] ${error.name}: ${error.message}`);
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(config);
