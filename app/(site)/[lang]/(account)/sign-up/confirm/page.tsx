import type { Metadata } from "next";
import Link from "next/link";
import { isSignUpTokenUsable } from "@/db/queries/sign-up";
import { accountPaths } from "@/lib/account-paths";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { getDictionary } from "@/lib/i18n";
import { hashResetToken } from "@/auth/reset-token";
import { ConfirmSignUpForm } from "./confirm-form";

type Props = PageProps<"/[lang]/sign-up/confirm">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The token is in the address: every Referer from this page names the origin only. Not
  // "no-referrer": that also blanks the Origin of the form's own post, which Next.js then refuses.
  return {
    title: getDictionary(editionOrNotFound((await params).lang)).account.confirm.title,
    referrer: "strict-origin",
  };
}

// Opening the link only shows a button: mail scanners that follow links must not create accounts.
export default async function ConfirmSignUpPage({ params, searchParams }: Props) {
  const lang = editionOrNotFound((await params).lang);
  const { token } = await searchParams;
  const text = getDictionary(lang).account.confirm;
  const usable = typeof token === "string" && token.length <= 200 && (await isSignUpTokenUsable(hashResetToken(token)));
  return (
    <section aria-labelledby="confirm-heading" className="flex flex-col gap-5">
      <h1 id="confirm-heading" className="text-3xl font-bold">
        {text.title}
      </h1>
      {usable ? (
        <>
          <p className="text-muted">{text.intro}</p>
          <ConfirmSignUpForm lang={lang} token={token} text={text} />
        </>
      ) : (
        <>
          <p role="alert" className="font-semibold text-brand">
            {text.invalid}
          </p>
          <p>
            <Link href={accountPaths.signUp(lang)} className="text-brand underline">
              {text.again}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
