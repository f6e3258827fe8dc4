import { preload } from "react-dom";
import { gujaratiFontFiles } from "@/lib/fonts";

/**
 * Starts the Gujarati font downloads with the HTML. With `font-display:
 * optional` a preloaded font is normally ready for the first paint; when it is
 * not, the page keeps the fallback instead of reflowing.
 */
export function GujaratiFontPreload() {
  for (const href of gujaratiFontFiles) preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return null;
}
