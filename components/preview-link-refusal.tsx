"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useState } from "react";
import { getDictionary, isEdition } from "@/lib/i18n";
import { paths } from "@/lib/paths";

const claimedExpiry = /^\d+\.(\d{13,15})\./;

/**
 * A preview link that failed its signature check or has run out (status 403, noindex). The
 * link's own expiry, unverified, only chooses the wording: a forged time reads "not valid".
 */
export function PreviewLinkRefusal() {
  const params = useParams<{ lang: string; token: string }>();
  const lang = isEdition(params.lang) ? params.lang : "en";
  const [now] = useState(() => Date.now());
  const text = getDictionary(lang).previewLink;
  const expiry = claimedExpiry.exec(decodeURIComponent(params.token ?? ""))?.[1];
  const expired = expiry !== undefined && Number(expiry) <= now;
  return (
    <section lang={lang} className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold">{text.refusedTitle}</h1>
      <p className="mt-3 text-muted">{expired ? text.expired : text.invalid}</p>
      <Link
        href={paths.home(lang)}
        className="mt-6 inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
      >
        {text.home}
      </Link>
    </section>
  );
}
