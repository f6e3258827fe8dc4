import { notFound } from "next/navigation";
import type { Edition } from "@/db/schema";
import { isEdition } from "@/lib/i18n";

/** The edition named in a URL, or a 404 for anything else. */
export function editionOrNotFound(lang: string): Edition {
  if (!isEdition(lang)) notFound();
  return lang;
}
