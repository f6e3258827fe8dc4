import type { Metadata } from "next";
import Link from "next/link";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { ForgotPasswordForm } from "./forgot-password-form";

type Props = PageProps<"/[lang]/forgot-password">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getDictionary(editionOrNotFound((await params).lang)).account.forgot.title };
}

export default async function ForgotPasswordPage({ params, searchParams }: Props) {
  const lang = editionOrNotFound((await params).lang);
  const next = safeNextPath((await searchParams).next, paths.home(lang));
  const text = getDictionary(lang).account;
  return (
    <section aria-labelledby="forgot-heading" className="flex flex-col gap-5">
      <h1 id="forgot-heading" className="text-3xl font-bold">
        {text.forgot.title}
      </h1>
      <p className="text-muted">{text.forgot.intro}</p>
      <ForgotPasswordForm lang={lang} text={text} />
      <p>
        <Link href={accountPaths.signIn(lang, next)} className="text-brand underline">
          {text.signIn.title}
        </Link>
      </p>
    </section>
  );
}
