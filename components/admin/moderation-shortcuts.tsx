import type { Dictionary } from "@/lib/i18n";

/** The desk's keyboard shortcuts, always on show. */
export function ModerationShortcuts({ text }: { text: Dictionary["moderation"]["desk"] }) {
  const keys: [string, string][] = [
    ["j / k", text.shortcuts.move],
    ["a", text.shortcuts.approve],
    ["r", text.shortcuts.reject],
    ["s", text.shortcuts.spam],
    ["x", text.shortcuts.select],
  ];
  return (
    <section aria-labelledby="shortcuts-heading" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-muted">
      <h2 id="shortcuts-heading" className="font-semibold">{text.shortcutsLabel}</h2>
      <dl className="flex flex-wrap gap-x-4 gap-y-1">
        {keys.map(([key, meaning]) => (
          <div key={key} className="flex gap-1">
            <dt><kbd className="rounded border border-line bg-paper px-1 font-mono">{key}</kbd></dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
