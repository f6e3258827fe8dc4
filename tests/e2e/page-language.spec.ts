import { expect, type Page, test } from "@playwright/test";
import { demoReader, withDatabase } from "../helpers/comment-thread";
import { publicPages } from "../helpers/page-types";

/**
 * Text a reader meets (visible text, labels for assistive technology, placeholders,
 * alt text) in the page's own language: on /gu no Latin words (acronyms aside), on /en no Gujarati
 * script, except inside elements that declare another language (the other
 * edition's link, a linked translation), people's names as they wrote them,
 * brand names, code and e-mail addresses, which are not words of either language.
 */
const brands = ["WhatsApp", "Facebook", "Telegram"];
const peopleNames = () =>
  withDatabase((db) => (db.prepare("select name from users").all() as { name: string }[]).map((u) => u.name));

async function foreignWords(page: Page): Promise<string[]> {
  return page.evaluate(
    (names) => {
      const pageLang = document.documentElement.lang;
      // Upper-case Latin acronyms (CNG, GST, IPL) are part of written Gujarati news.
      const foreign = pageLang === "gu" ? /[A-Za-z]*[a-z][A-Za-z]*/g : /[\u0A80-\u0AFF]+/g;
      const skip = "script, style, noscript, template, kbd, code";
      const ownLanguage = (el: Element) => el.closest("[lang]")?.getAttribute("lang") === pageLang;
      const clean = (text: string) =>
        names.reduce((t, name) => t.split(name).join(" "), text.replace(/\S+@\S+\.\S+/g, " "));
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const el = walker.currentNode.parentElement;
        if (!el || el.closest(skip) || !ownLanguage(el) || !el.checkVisibility()) continue;
        for (const word of clean(walker.currentNode.textContent ?? "").match(foreign) ?? [])
          found.push(`${word} (in <${el.tagName.toLowerCase()}>)`);
      }
      for (const el of document.body.querySelectorAll("[aria-label], [placeholder], [title], img[alt]")) {
        if (el.closest(skip) || !ownLanguage(el)) continue;
        for (const name of ["aria-label", "placeholder", "title", "alt"]) {
          for (const word of clean(el.getAttribute(name) ?? "").match(foreign) ?? [])
            found.push(`${word} (${name} of <${el.tagName.toLowerCase()}>)`);
        }
      }
      return found;
    },
    [...peopleNames(), ...brands].sort((a, b) => b.length - a.length),
  );
}

for (const lang of ["gu", "en"] as const) {
  test(`every public page type of /${lang} speaks only its own language`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const [type, path] of Object.entries(publicPages(lang))) {
      await page.goto(path);
      await expect(page.locator("html"), type).toHaveAttribute("lang", lang);
      expect(await foreignWords(page), `${type}: ${path}`).toEqual([]);
    }
  });

  test(`the account page of /${lang} speaks only its own language`, async ({ page }) => {
    await page.goto(`/en/sign-in?next=${encodeURIComponent(`/${lang}/account`)}`);
    await page.getByLabel("Email address").fill(demoReader.email);
    await page.getByLabel("Password", { exact: true }).fill(demoReader.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/account$`));
    expect(await foreignWords(page)).toEqual([]);
  });
}
