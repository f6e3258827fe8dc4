/** The word lists and limits a new comment is screened against (see lib/moderation-settings.ts). */
export type ScreenRules = { bannedWords: readonly string[]; suspectWords: readonly string[]; maxLinks: number };

export type ScreenReason =
  { kind: "banned-word"; word: string } | { kind: "suspect-word"; word: string } | { kind: "links"; count: number };

export type ScreenResult =
  | { verdict: "reject"; reason: ScreenReason }
  | { verdict: "hold"; reason: ScreenReason }
  | { verdict: "pass"; reason: null };

// Zero-width joiners and non-joiners, zero-width spaces, the word joiner, the BOM, soft hyphens,
// bidi controls and variation selectors: invisible, so they must not split a word in two.
const invisible = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const wordCharacter = /[\p{L}\p{M}\p{N}]/u;
const linkPattern = /(?:https?:\/\/|\bwww\.)[^\s<>"'`]+/giu;

/** Text as the word lists see it: invisible characters gone, compatibility forms folded (NFKC), lower case, single spaces. */
export function normaliseForScreening(text: string): string {
  return text.replace(invisible, "").normalize("NFKC").toLowerCase().normalize("NFKC").replace(/\s+/gu, " ").trim();
}

export function countLinks(text: string): number {
  return [...normaliseForScreening(text).matchAll(linkPattern)].length;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && wordCharacter.test(character);

/**
 * Whether `entry` occurs in already-normalised `text` as a whole word or phrase. A `*` at
 * either end of an entry lets it run on into a longer word ("spam*" matches "spammer"),
 * which suits Gujarati, where endings are written joined to the word.
 */
function contains(text: string, entry: string): boolean {
  const prefix = entry.endsWith("*");
  const suffix = entry.startsWith("*");
  const term = normaliseForScreening(entry.replace(/^\*+|\*+$/g, ""));
  if (!term) return false;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = Array.from(text.slice(Math.max(0, at - 2), at)).at(-1);
    const after = Array.from(text.slice(at + term.length, at + term.length + 2))[0];
    if ((suffix || !isWordCharacter(before)) && (prefix || !isWordCharacter(after))) return true;
  }
  return false;
}

function firstMatch(text: string, entries: readonly string[]): string | null {
  return entries.find((entry) => contains(text, entry)) ?? null;
}

/** What should happen to a comment's text: rejected for a banned word, held for a suspect word or too many links, or passed. */
export function screenComment(text: string, rules: ScreenRules): ScreenResult {
  const normalised = normaliseForScreening(text);
  const banned = firstMatch(normalised, rules.bannedWords);
  if (banned) return { verdict: "reject", reason: { kind: "banned-word", word: banned } };
  const suspect = firstMatch(normalised, rules.suspectWords);
  if (suspect) return { verdict: "hold", reason: { kind: "suspect-word", word: suspect } };
  const links = [...normalised.matchAll(linkPattern)].length;
  if (links > rules.maxLinks) return { verdict: "hold", reason: { kind: "links", count: links } };
  return { verdict: "pass", reason: null };
}

export type HeldReason = ScreenReason | { kind: "new-author" } | { kind: "other"; text: string };

/** The reason as stored in comments.held_reason: "new-author", "links:3", "suspect-word:…", "banned-word:…". */
export function heldReasonCode(reason: ScreenReason): string {
  return reason.kind === "links" ? `links:${reason.count}` : `${reason.kind}:${reason.word}`;
}

export function parseHeldReason(code: string): HeldReason {
  if (code === "new-author") return { kind: "new-author" };
  const colon = code.indexOf(":");
  const [kind, value] = colon === -1 ? [code, ""] : [code.slice(0, colon), code.slice(colon + 1)];
  if (kind === "links" && /^\d+$/.test(value)) return { kind: "links", count: Number(value) };
  if ((kind === "banned-word" || kind === "suspect-word") && value) return { kind, word: value };
  return { kind: "other", text: code };
}

/** True once a story's comments have closed on their own, `days` after publication (0 = never). */
export function commentsAutoClosed(publishedAt: number | null, days: number, now = Date.now()): boolean {
  return days > 0 && publishedAt !== null && now >= publishedAt + days * 86_400_000;
}
