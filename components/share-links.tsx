import { type Dictionary, fill } from "@/lib/i18n";

// Plain links: sharing loads nothing from the networks until a reader clicks.
export function ShareLinks({ url, title, dict }: { url: string; title: string; dict: Dictionary }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const networks = [
    { name: "WhatsApp", brand: true, href: `https://wa.me/?text=${t}%20${u}` },
    { name: "Facebook", brand: true, href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", brand: true, href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "Telegram", brand: true, href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: dict.article.email, href: `mailto:?subject=${t}&body=${u}`, brand: false },
  ];
  return (
    <section aria-label={dict.article.share} className="mt-6">
      <h2 className="mb-2 text-sm font-bold">{dict.article.share}</h2>
      <ul className="flex flex-wrap gap-2 text-sm">
        {networks.map((network) => (
          <li key={network.name}>
            <a
              href={network.href}
              rel="noopener noreferrer nofollow"
              target="_blank"
              aria-label={fill(dict.article.shareOn, { network: network.name })}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-line px-3 hover:border-brand hover:text-brand"
            >
              {/* Network names are brands, written the same in both editions. */}
              {network.brand ? (
                <span lang="en" translate="no">
                  {network.name}
                </span>
              ) : (
                network.name
              )}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
