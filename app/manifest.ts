import type { MetadataRoute } from "next";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { site, siteName } from "@/lib/site";

export default function manifest(): MetadataRoute.Manifest {
  const lang = site.defaultEdition;
  return {
    name: siteName(lang),
    short_name: siteName(lang),
    description: getDictionary(lang).home.description,
    lang,
    start_url: paths.home(lang),
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#b3121b",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
