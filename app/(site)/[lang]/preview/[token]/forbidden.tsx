import type { Metadata } from "next";
import { PreviewLinkRefusal } from "@/components/preview-link-refusal";

// Next adds its own `noindex` to a 403; the layout's "index, follow" must not ride along.
export const metadata: Metadata = { robots: null };

export default function PreviewLinkForbidden() {
  return <PreviewLinkRefusal />;
}
