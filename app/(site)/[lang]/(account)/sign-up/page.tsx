import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { issueFormStamp } from "@/auth/form-stamp";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { getCurrentUser } from "@/auth/session";
import { SignUpForm } from "./sign-up-form";

type Props = PageProps<"/[lang]/sign-up">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { title, intro } = getDictionary(editionOrNotFound((await params).lang)).account.signUp;
  return { title, description: intro };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const lang = editionOrNotFound((await params).lang);
  const next = safeNextPath((await searchParams).next, paths.home(lang));
  if (await getCurrentUser()) redirect(next);
  const text = getDictionary(lang).account;
  return (
    <section aria-labelledby="sign-up-heading" className="relative flex flex-col gap-5">
      <h1 id="sign-up-heading" className="text-3xl font-bold">
        {text.signUp.title}
      </h1>
      <p className="text-muted">{text.signUp.intro}</p>
      <SignUpForm lang={lang} next={next} stamp={issueFormStamp()} text={text} />
      <p>
        {text.signUp.haveAccount}{" "}
        <Link href={accountPaths.signIn(lang, next)} className="text-brand underline">
          {text.signIn.title}
        </Link>
      </p>
    </section>
  );
}
