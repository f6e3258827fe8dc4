import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OwnCommentList } from "@/components/own-comment-list";
import { listOwnComments } from "@/db/queries/account";
import { getMailPreferences } from "@/db/queries/notifications";
import { getUserById } from "@/db/queries/users";
import { accountPaths } from "@/lib/account-paths";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { fill, getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { getCurrentUser } from "@/auth/session";
import { AccountForms } from "./account-forms";
import { signOutEverywhere } from "./actions";
import { MailSettingsForm } from "./mail-settings-form";
import { ShortcutsForm } from "./shortcuts-form";

type Props = PageProps<"/[lang]/account">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getDictionary(editionOrNotFound((await params).lang)).account.page.title };
}

/** The reader's comments, each with whether its story can be linked to now. */
async function ownComments(userId: number, now = Date.now()) {
  return (await listOwnComments(userId)).map((c) => ({
    ...c,
    story: {
      edition: c.articleEdition,
      slug: c.articleSlug,
      title: c.articleTitle,
      visible: c.articleLive !== "draft" && c.articleDeletedAt === null && (c.articlePublishedAt ?? Infinity) <= now,
    },
  }));
}

export default async function AccountPage({ params, searchParams }: Props) {
  const lang = editionOrNotFound((await params).lang);
  const { notice } = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(accountPaths.signIn(lang, accountPaths.account(lang)));
  const dict = getDictionary(lang);
  const text = dict.account;
  const comments = await ownComments(user.id);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{text.page.title}</h1>
        <p className="text-muted">{fill(text.page.signedInAs, { email: user.email })}</p>
      </header>
      <AccountForms lang={lang} name={user.name} text={text} passwordChanged={notice === "password-changed"} />
      <MailSettingsForm
        lang={lang}
        hint={fill(dict.notifications.settings.hint, { email: user.email })}
        choices={await getMailPreferences(user.id)}
        text={dict.notifications.settings}
      />
      {user.role !== "commenter" ? (
        <ShortcutsForm lang={lang} enabled={(await getUserById(user.id))?.keyboardShortcuts ?? true} text={text.page} />
      ) : null}
      <section aria-labelledby="comments-heading" className="flex flex-col gap-3">
        <h2 id="comments-heading" className="text-xl font-bold">
          {text.page.commentsTitle}
        </h2>
        <OwnCommentList lang={lang} text={text} comments={comments} />
      </section>
      <form action={signOutEverywhere} className="flex flex-col gap-2 border-t border-line pt-4">
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="next" value={paths.home(lang)} />
        <p className="text-sm text-muted">{text.page.signOutHint}</p>
        <button
          type="submit"
          className="self-start rounded border border-brand px-5 py-2 font-semibold text-brand hover:bg-brand hover:text-white"
        >
          {text.page.signOut}
        </button>
      </form>
    </div>
  );
}
