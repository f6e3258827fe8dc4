import type { Dictionary } from "@/lib/i18n";

type Props = { text: Dictionary["moderation"]["desk"]; enabled: boolean; settingsHref: string };

/** The desk's keyboard shortcuts, listed on the page with where to turn them off. */
export function ModerationShortcuts({ text, enabled, settingsHref }: Props) {
  const settings = (
    <a href={settingsHref} className="font-semibold text-brand underline">
      {text.shortcutsSettings}
    </a>
  );
  if (!enabled)
    return (
      <p className="text-sm text-muted">
        {text.shortcutsDisabled} {settings}.
      </p>
    );
  const keys: [string, string][] = [
    ["j / k", text.shortcuts.move],
    ["a", text.shortcuts.approve],
    ["r", text.shortcuts.reject],
    ["s", text.shortcuts.spam],
    ["x", text.shortcuts.select],
  ];
  return (
    <section aria-labelledby="shortcuts-heading" className="flex flex-col gap-1 text-sm text-muted">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id="shortcuts-heading" className="font-semibold">
          {text.shortcutsLabel}
        </h2>
        <dl className="flex flex-wrap gap-x-4 gap-y-1">
          {keys.map(([key, meaning]) => (
            <div key={key} className="flex gap-1">
              <dt>
                <kbd lang="en" className="rounded border border-line bg-paper px-1 font-mono">
                  {key}
                </kbd>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
      <p>
        {text.shortcutsScope} {settings}.
      </p>
    </section>
  );
}
