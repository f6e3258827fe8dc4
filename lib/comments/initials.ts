const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function firstGrapheme(word: string): string {
  for (const { segment } of graphemes.segment(word)) return segment;
  return "";
}

/**
 * Avatar letters from a display name: the first grapheme of the first and last
 * words. Graphemes keep a Gujarati consonant with its vowel sign or conjunct
 * ("જોશી" gives "જો", never a bare "જ" followed by a stray sign).
 */
export function initials(name: string): string {
  const words = name
    .normalize("NFC")
    .split(/[\s\p{P}]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return "?";
  const first = firstGrapheme(words[0]);
  const last = words.length > 1 ? firstGrapheme(words[words.length - 1]) : "";
  return (first + last).toLocaleUpperCase("en");
}
