import type { Edition } from "../schema";
import type { Words } from "./synthetic-words";

// The generated words: a seeded random source (the same seed makes the same newsroom), story bodies and comments.

export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  return { next, int, pick };
}
export type Random = ReturnType<typeof random>;

export function fill(
  template: string,
  w: Words,
  rnd: Random,
  slots: { place: string; object: string; subject: string },
): string {
  return template
    .replace("{object}", slots.object)
    .replace("{place}", slots.place)
    .replace("{place2}", rnd.pick(w.places))
    .replace("{subject}", slots.subject)
    .replace("{person}", rnd.pick(w.people))
    .replace("{n}", String(20 + rnd.int(480)))
    .replace("{few}", String(2 + rnd.int(11)));
}

export function articleBody(
  w: Words,
  rnd: Random,
  slots: { place: string; object: string; subject: string },
  previous?: { edition: Edition; slug: string; title: string },
): string {
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => fill(rnd.pick(w.sentences), w, rnd, slots)).join(" ");
  const parts = [
    paragraph(3),
    paragraph(2),
    `## ${rnd.pick(w.headings)}`,
    paragraph(2),
    w.quote(rnd.pick(w.quotes), rnd.pick(w.people)),
  ];
  if (rnd.next() < 0.4)
    parts.push(Array.from({ length: 3 }, () => `- ${fill(rnd.pick(w.listItems), w, rnd, slots)}`).join("\n"));
  if (previous) parts.push(`${w.alsoRead}: [${previous.title}](/${previous.edition}/article/${previous.slug})`);
  parts.push(paragraph(2));
  return parts.join("\n\n");
}

export function commentBody(w: Words, rnd: Random): string {
  return [rnd.pick(w.comments[0]), rnd.pick(w.comments[1]), rnd.pick(w.comments[2])].filter(Boolean).join(" ");
}
