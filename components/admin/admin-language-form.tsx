import type { Edition } from "@/db/schema";

type Props = { lang: Edition; label: string; switchTo: string; action: (formData: FormData) => Promise<void> };

/** A one-button form: it works before any JavaScript has loaded. */
export function AdminLanguageForm({ lang, label, switchTo, action }: Props) {
  return (
    <form action={action} aria-label={label}>
      <input type="hidden" name="lang" value={lang} />
      <button
        type="submit"
        lang={lang}
        className="rounded border border-line px-3 py-1 text-sm font-semibold hover:border-brand hover:text-brand"
      >
        {switchTo}
      </button>
    </form>
  );
}
