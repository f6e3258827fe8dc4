import Link from "next/link";
import type { Edition } from "@/db/schema";
import { accountPaths } from "@/lib/account-paths";
import { type Dictionary, fill, getDictionary, otherEdition } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { AdminLanguageForm } from "./admin-language-form";

type Props = {
  lang: Edition;
  t: Dictionary["admin"];
  userName: string | null;
  switchLanguage: (formData: FormData) => Promise<void>;
};

export function AdminHeader({ lang, t, userName, switchLanguage }: Props) {
  const link = "rounded border border-line px-3 py-1 text-sm font-semibold hover:border-brand hover:text-brand";
  return (
    <header className="border-b border-line bg-paper">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/admin" className="text-xl font-black tracking-tight text-brand">
          {getDictionary(lang).site.name} · {t.title}
        </Link>
        {userName ? (
          <div className="flex flex-wrap items-center gap-2">
            <p className="text-sm text-muted">{fill(t.signedInAs, { name: userName })}</p>
            <AdminLanguageForm
              lang={otherEdition(lang)}
              label={t.language.label}
              switchTo={t.language.switchTo}
              action={switchLanguage}
            />
            <Link href={paths.home(lang)} className={link}>
              {t.viewSite}
            </Link>
            <Link href={accountPaths.account(lang)} prefetch={false} className={link}>
              {t.account}
            </Link>
          </div>
        ) : null}
      </div>
    </header>
  );
}
