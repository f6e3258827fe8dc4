// The Gujarati font, served by the portal itself from public/fonts (made by
// scripts/make-fonts.sh). Only pages whose <html lang> is Gujarati name it in
// their font stack (app/globals.css), so English pages never download it; the
// one Gujarati word there (the edition switch) uses the reader's system font.
export const gujaratiFontFiles = [
  "/fonts/noto-sans-gujarati-5.3.0.woff2",
  "/fonts/noto-sans-gujarati-digits-5.3.0.woff2",
] as const;
