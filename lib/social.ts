import type { Metadata } from "next";
import type { Edition } from "@/db/schema";
import { siteName } from "./site";

type Image = { url: string; width?: number; height?: number; alt?: string };
type Card = { title: string; description?: string | null; url: string; images?: Image[] };

/** The portal's own card, for pages without a picture of their own (made by scripts/make-icons.ts). */
export const defaultSocialImage = { url: "/social-card.png", width: 1200, height: 630 };

export function ogLocale(lang: Edition) {
  return lang === "gu" ? "gu_IN" : "en_IN";
}

/**
 * Open Graph and Twitter fields for one page. Next replaces the layout's
 * `openGraph` with a page's instead of merging, so every page sends the
 * whole set: site name, locale, type, url and an image.
 */
export function socialCard(
  lang: Edition,
  card: Card,
  article?: NonNullable<Metadata["openGraph"]> & { type: "article" },
): Pick<Metadata, "openGraph" | "twitter"> {
  const images = card.images?.length ? card.images : [{ ...defaultSocialImage, alt: siteName(lang) }];
  const description = card.description ?? undefined;
  const base = {
    siteName: siteName(lang),
    locale: ogLocale(lang),
    alternateLocale: [ogLocale(lang === "gu" ? "en" : "gu")],
    title: card.title,
    description,
    url: card.url,
    images,
  };
  return {
    openGraph: article ? { ...base, ...article } : { ...base, type: "website" },
    twitter: { card: "summary_large_image", title: card.title, description, images: images.map((image) => image.url) },
  };
}
