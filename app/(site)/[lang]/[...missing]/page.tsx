import type { Metadata } from "next";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { EditionMissing, missingMetadata } from "../edition-missing";

type Props = PageProps<"/[lang]/[...missing]">;

// Any address inside an edition that no route claims (and, through proxy.ts,
// any outside both editions): rendered statically like the rest of the
// edition, so its 404 is drawn on the server.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return missingMetadata(editionOrNotFound((await params).lang));
}

export default async function EditionMissingPage({ params }: Props) {
  return <EditionMissing lang={editionOrNotFound((await params).lang)} />;
}
