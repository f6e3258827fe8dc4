import { createHash } from "node:crypto";

// A table-based Gujarati → Latin transliteration, good enough for readable URL
// slugs ("ક્રિકેટ" → "kriket"); it is not a scholarly romanisation.
const vowels: Record<string, string> = {
  અ: "a",
  આ: "a",
  ઇ: "i",
  ઈ: "i",
  ઉ: "u",
  ઊ: "u",
  ઋ: "ru",
  ૠ: "ru",
  ઍ: "e",
  એ: "e",
  ઐ: "ai",
  ઑ: "o",
  ઓ: "o",
  ઔ: "au",
};
const matras: Record<string, string> = {
  "ા": "a",
  "િ": "i",
  "ી": "i",
  "ુ": "u",
  "ૂ": "u",
  "ૃ": "ru",
  "ૄ": "ru",
  "ૅ": "e",
  "ે": "e",
  "ૈ": "ai",
  "ૉ": "o",
  "ો": "o",
  "ૌ": "au",
};
const consonants: Record<string, string> = {
  ક: "k",
  ખ: "kh",
  ગ: "g",
  ઘ: "gh",
  ઙ: "n",
  ચ: "ch",
  છ: "chh",
  જ: "j",
  ઝ: "z",
  ઞ: "n",
  ટ: "t",
  ઠ: "th",
  ડ: "d",
  ઢ: "dh",
  ણ: "n",
  ત: "t",
  થ: "th",
  દ: "d",
  ધ: "dh",
  ન: "n",
  પ: "p",
  ફ: "f",
  બ: "b",
  ભ: "bh",
  મ: "m",
  ય: "y",
  ર: "r",
  લ: "l",
  ળ: "l",
  વ: "v",
  શ: "sh",
  ષ: "sh",
  સ: "s",
  હ: "h",
};
const signs: Record<string, string> = { "ં": "n", "ઁ": "n", "ઃ": "h", ૐ: "om" };
const labials = new Set(["પ", "ફ", "બ", "ભ", "મ"]);
const virama = "્";
const nukta = "઼";
const isLetter = (c: string | undefined) => c !== undefined && /[\u0A80-\u0AFF]/.test(c) && c !== "।";

/** Gujarati letters → Latin; other characters pass through unchanged. */
export function transliterateGujarati(text: string): string {
  const chars = [...text.normalize("NFC")];
  let out = "";
  let syllables = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const digit = c.charCodeAt(0) - 0x0ae6;
    if (digit >= 0 && digit <= 9) {
      out += String(digit);
    } else if (vowels[c]) {
      out += vowels[c];
      syllables++;
    } else if (matras[c] !== undefined) {
      out += matras[c];
    } else if (signs[c]) {
      // The nasal sign sounds as "m" before p, f, b, bh and m ("ભૂકંપ" → "bhukamp").
      out += c === "ં" && labials.has(chars[i + 1]) ? "m" : signs[c];
    } else if (consonants[c]) {
      out += consonants[c];
      let j = i + 1;
      while (chars[j] === nukta) j++;
      const next = chars[j];
      if (next === virama) {
        i = j;
        continue;
      }
      syllables++;
      i = j - 1;
      if (next !== undefined && matras[next] !== undefined) continue;
      // The inherent "a" is silent at the end of a word of two or more syllables.
      if (!isLetter(next) && syllables > 1) continue;
      out += "a";
    } else if (isLetter(c)) {
      // Unmapped Gujarati marks (avagraha, virama on its own…) carry no sound.
    } else {
      out += c;
      syllables = 0;
    }
  }
  return out;
}

/** A lowercase Latin slug: letters, digits and single hyphens. Gujarati is transliterated. */
export function slugify(text: string): string {
  const slug = transliterateGujarati(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  if (slug) return slug;
  return `t-${createHash("sha1").update(text).digest("hex").slice(0, 8)}`;
}
