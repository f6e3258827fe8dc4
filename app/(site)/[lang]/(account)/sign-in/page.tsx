import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { type Dictionary, fill, getDictionary } from "@/lib/i18n";
import { oauthProviders } from "@/auth/oauth";
import { paths } from "@/lib/paths";
import { getCurrentUser } from "@/auth/session";
import { signInWithProvider } from "./actions";
import { SignInForm } from "./sign-in-form";

type Props = PageProps<"/[lang]/sign-in">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { title, intro } = getDictionary(editionOrNotFound((await params).lang)).account.signIn;
  return { title, description: intro };
}

// Auth.js sends people back here with ?error= when its own endpoints refuse a sign-in.
function noticeFor(
  query: Record<string, string | string[] | undefined>,
  text: Dictionary["account"],
): string | undefined {
  if (query.notice === "password-reset") return text.signIn.passwordReset;
  if (query.notice === "account-ready") return text.signIn.accountReady;
  if (query.error === "CredentialsSignin") {
    return query.code === "throttled"
      ? text.signIn.throttled
      : query.code === "banned"
        ? text.signIn.banned
        : text.signIn.invalid;
  }
  return query.error ? text.signIn.providerFailed : undefined;
}

export default async function SignInPage({ params, searchParams }: Props) {
  const lang = editionOrNotFound((await params).lang);
  const query = await searchParams;
  const next = safeNextPath(query.next, paths.home(lang));
  if (await getCurrentUser()) redirect(next);
  const text = getDictionary(lang).account;
  return (
    <section aria-labelledby="sign-in-heading" className="flex flex-col gap-5">
      <h1 id="sign-in-heading" className="text-3xl font-bold">
        {text.signIn.title}
      </h1>
      <p className="text-muted">{text.signIn.intro}</p>
      <SignInForm lang={lang} next={next} text={text} notice={noticeFor(query, text)} />
      <p>
        <Link href={accountPaths.forgotPassword(lang, next)} className="text-brand underline">
          {text.signIn.forgot}
        </Link>
      </p>
      <p>
        {text.signIn.noAccount}{" "}
        <Link href={accountPaths.signUp(lang, next)} className="text-brand underline">
          {text.signIn.createAccount}
        </Link>
      </p>
      {oauthProviders.length > 0 ? (
        <div className="flex flex-col gap-2 border-t border-line pt-4">
          <h2 className="font-semibold">{text.signIn.orWith}</h2>
          {oauthProviders.map((provider) => (
            <form key={provider.id} action={signInWithProvider}>
              <input type="hidden" name="lang" value={lang} />
              <input type="hidden" name="next" value={next} />
              <input type="hidden" name="provider" value={provider.id} />
              <button type="submit" className="rounded border border-line px-4 py-2 font-semibold hover:border-brand">
                {fill(text.signIn.withProvider, { provider: provider.name })}
              </button>
            </form>
          ))}
        </div>
      ) : null}
    </section>
  );
}
