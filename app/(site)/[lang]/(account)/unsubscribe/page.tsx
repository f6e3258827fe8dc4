import type { Metadata } from "next";
import Link from "next/link";
import { accountPaths } from "@/lib/account-paths";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { getDictionary } from "@/lib/i18n";
import { unsubscribeSchema } from "@/lib/notifications/unsubscribe-schema";
import { verifyUnsubscribe } from "@/lib/unsubscribe-token";
import { UnsubscribeForm } from "./unsubscribe-form";

type Props = PageProps<"/[lang]/unsubscribe">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The address carries a signature: it is not passed on to other sites.
  return {
    title: getDictionary(editionOrNotFound((await params).lang)).notifications.unsubscribe.title,
    referrer: "no-referrer",
  };
}

/** Where the unsubscribe link in a notification mail leads: works without signing in. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const lang = editionOrNotFound((await params).lang);
  const text = getDictionary(lang).notifications.unsubscribe;
  const parsed = unsubscribeSchema.safeParse(await searchParams);
  const valid = parsed.success && verifyUnsubscribe(parsed.data.user, parsed.data.kind, parsed.data.sig);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{text.title}</h1>
      {valid ? (
        <UnsubscribeForm lang={lang} request={parsed.data} text={text} />
      ) : (
        <>
          <p>{text.invalid}</p>
          <Link href={accountPaths.account(lang)} className="self-start text-brand underline">
            {text.accountLink}
          </Link>
        </>
      )}
    </div>
  );
}
