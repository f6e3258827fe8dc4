import type { ImageMotif } from "./types";

// The drawing kit of the demo illustrations: their size, a colour palette per section, a seeded
// random source (the same story always gets the same picture) and small SVG helpers.
export const imageSize = { width: 1200, height: 675 } as const;
export const W = imageSize.width;
export const H = imageSize.height;

const categoryColours: Record<string, string> = {
  gujarat: "#d9480f",
  national: "#1971c2",
  world: "#0b7285",
  politics: "#a61e4d",
  business: "#2b8a3e",
  sports: "#e8590c",
  cricket: "#5c940d",
  entertainment: "#862e9c",
  technology: "#3b5bdb",
  automobile: "#495057",
  elections: "#c2255c",
  viral: "#e03131",
};

export type Rng = () => number;
export type Palette = { base: string; light: string; dark: string; deep: string; accent: string };

export function seededRandom(seed: string): Rng {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mix(hex: string, other: string, amount: number): string {
  const parse = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [a, b] = [parse(hex), parse(other)];
  return `#${a
    .map((v, i) =>
      Math.round(v + (b[i] - v) * amount)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

export function palette(category: string): Palette {
  const base = categoryColours[category] ?? "#1971c2";
  return {
    base,
    light: mix(base, "#ffffff", 0.35),
    dark: mix(base, "#000000", 0.35),
    deep: mix(base, "#000000", 0.65),
    accent: mix("#ffd43b", base, 0.15),
  };
}

export const r = (n: number) => Math.round(n);
export const between = (rng: Rng, min: number, max: number) => min + rng() * (max - min);
export const white = (opacity: number) => `fill="#fff" fill-opacity="${opacity}"`;

/** Draws one motif's shapes over the background. */
export type DrawMotif = (p: Palette, rng: Rng) => string;

export type Motifs = Partial<Record<ImageMotif, DrawMotif>>;
