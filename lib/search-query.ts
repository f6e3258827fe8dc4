const maxChars = 200;
const maxTerms = 12;
const minPrefixChars = 3;
const operators = new Set(["AND", "OR", "NOT", "NEAR"]);
// The same characters the FTS5 tokenizer keeps in a word (see migration 0001_search):
// letters, digits and combining marks, so Gujarati vowel signs stay inside words.
const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

/** What a person typed, tidied for showing back and for links: first value, NFC, spaces collapsed, at most 200 characters. */
export function normaliseSearchInput(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return "";
  const tidy = value
    .slice(0, maxChars * 4)
    .toWellFormed()
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .trim();
  return Array.from(tidy).slice(0, maxChars).join("").trim();
}

/** The words a search looks for, at most 12, without repeats or FTS operator keywords. */
export function searchTerms(raw: string | string[] | undefined | null): string[] {
  const words = normaliseSearchInput(raw).match(wordPattern) ?? [];
  const terms = words.filter((word) => !operators.has(word)).map((word) => word.toLocaleLowerCase("en"));
  return [...new Set(terms)].slice(0, maxTerms);
}

/**
 * A safe FTS5 MATCH expression for anything typed, or null when nothing searchable is left.
 * Each word becomes a quoted string, so no input can form FTS syntax; words of three or
 * more characters match as prefixes ("ગુજરાત" finds "ગુજરાતમાં").
 */
export function toMatchExpression(raw: string | string[] | undefined | null): string | null {
  const terms = searchTerms(raw);
  if (terms.length === 0) return null;
  return terms
    .map((term) => `"${term.replaceAll('"', '""')}"${Array.from(term).length >= minPrefixChars ? "*" : ""}`)
    .join(" ");
}

/**
 * The same search for PostgreSQL: a `to_tsquery('simple', …)` text for anything typed, or null when nothing
 * searchable is left. Each word becomes a quoted lexeme (its quotes and backslashes escaped, though
 * `searchTerms` keeps only letters, digits and marks), all of them required; words of three or more
 * characters match as prefixes, as on SQLite. Always pass it as a bound parameter.
 */
export function toTsQuery(raw: string | string[] | undefined | null): string | null {
  const terms = searchTerms(raw);
  if (terms.length === 0) return null;
  return terms
    .map(
      (term) =>
        `'${term.replaceAll("\\", "\\\\").replaceAll("'", "''")}'${Array.from(term).length >= minPrefixChars ? ":*" : ""}`,
    )
    .join(" & ");
}
