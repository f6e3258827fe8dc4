import type { Metadata } from "next";
import Link from "next/link";
import { isPasswordResetTokenUsable } from "@/db/queries/password-resets";
import { accountPaths } from "@/lib/account-paths";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { getDictionary } from "@/lib/i18n";
import { hashResetToken } from "@/auth/reset-token";
import { ResetPasswordForm } from "./reset-password-form";

type Props = PageProps<"/[lang]/reset-password">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The token is in the address: every Referer from this page names the origin only. Not
  // "no-referrer": that also blanks the Origin of the form's own post, which Next.js then refuses.
  return {
    title: getDictionary(editionOrNotFound((await params).lang)).account.reset.title,
    referrer: "strict-origin",
  };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const lang = editionOrNotFound((await params).lang);
  const { token } = await searchParams;
  const text = getDictionary(lang).account;
  const usable =
    typeof token === "string" && token.length <= 200 && (await isPasswordResetTokenUsable(hashResetToken(token)));
  return (
    <section aria-labelledby="reset-heading" className="flex flex-col gap-5">
      <h1 id="reset-heading" className="text-3xl font-bold">
        {text.reset.title}
      </h1>
      {usable ? (
        <ResetPasswordForm lang={lang} token={token} text={text} />
      ) : (
        <>
          <p role="alert" className="font-semibold text-brand">
            {text.reset.invalid}
          </p>
          <p>
            <Link href={accountPaths.forgotPassword(lang)} className="text-brand underline">
              {text.reset.askAgain}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
