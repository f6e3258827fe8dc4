import localFont from "next/font/local";

// Served by the portal itself; the unicode-range means English pages only
// fetch it when they show Gujarati script.
export const gujaratiFont = localFont({
  src: "../node_modules/@fontsource-variable/noto-sans-gujarati/files/noto-sans-gujarati-gujarati-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  preload: false,
  variable: "--font-gujarati",
  declarations: [{ prop: "unicode-range", value: "U+0951-0952, U+0964-0965, U+0A80-0AFF, U+200C-200D, U+20B9, U+25CC, U+A830-A839" }],
});
