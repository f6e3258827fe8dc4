import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { mediaDir } from "@/lib/media";
import type { Edition } from "../schema";
import type { ImageMotif } from "./types";

// Original flat illustrations for the demo articles, drawn from code so the
// repository ships no third-party photos. No text: alt text carries the meaning.
export const imageSize = { width: 1200, height: 675 } as const;
const W = imageSize.width;
const H = imageSize.height;

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

type Rng = () => number;
type Palette = { base: string; light: string; dark: string; deep: string; accent: string };

function seededRandom(seed: string): Rng {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(hex: string, other: string, amount: number): string {
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

function palette(category: string): Palette {
  const base = categoryColours[category] ?? "#1971c2";
  return {
    base,
    light: mix(base, "#ffffff", 0.35),
    dark: mix(base, "#000000", 0.35),
    deep: mix(base, "#000000", 0.65),
    accent: mix("#ffd43b", base, 0.15),
  };
}

const r = (n: number) => Math.round(n);
const between = (rng: Rng, min: number, max: number) => min + rng() * (max - min);
const white = (opacity: number) => `fill="#fff" fill-opacity="${opacity}"`;

const motifs: Record<ImageMotif, (p: Palette, rng: Rng) => string> = {
  city(p, rng) {
    let out = `<circle cx="${r(between(rng, 800, 1050))}" cy="170" r="80" fill="${p.accent}"/>`;
    for (const [row, opacity, min, max] of [
      [0, 0.18, 220, 420],
      [1, 0.85, 110, 300],
    ] as const) {
      for (let x = row ? 40 : 0; x < W;) {
        const w = r(between(rng, 70, 140));
        const h = r(between(rng, min, max));
        out += `<rect x="${x}" y="${580 - h}" width="${w - 12}" height="${h}" ${white(opacity)}/>`;
        if (row) {
          for (let wy = 600 - h; wy < 550; wy += 34)
            for (let wx = x + 14; wx < x + w - 34; wx += 26)
              if (rng() < 0.45)
                out += `<rect x="${wx}" y="${wy}" width="12" height="16" fill="${p.dark}" fill-opacity=".55"/>`;
        }
        x += w;
      }
    }
    return out + `<rect y="580" width="${W}" height="${H - 580}" fill="${p.deep}"/>`;
  },
  field(p, rng) {
    const green = mix("#74b816", p.base, 0.25);
    let out = `<circle cx="${r(between(rng, 250, 950))}" cy="200" r="90" fill="${p.accent}"/>`;
    out += `<path d="M0 330 Q 300 ${r(between(rng, 260, 310))} 600 330 T 1200 320 V675 H0 Z" fill="${green}"/>`;
    for (let k = -12; k <= 12; k++)
      out += `<path d="M${600 + k * 18} 335 L${600 + k * 150} ${H}" stroke="${mix(green, "#000000", 0.3)}" stroke-width="${r(6 + Math.abs(k))}"/>`;
    return out;
  },
  stadium(p) {
    let out = `<ellipse cx="600" cy="430" rx="560" ry="220" ${white(0.2)}/><ellipse cx="600" cy="430" rx="490" ry="185" ${white(0.3)}/>`;
    out += `<ellipse cx="600" cy="430" rx="400" ry="145" fill="${mix("#40c057", p.base, 0.2)}"/>`;
    out += `<ellipse cx="600" cy="430" rx="130" ry="50" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="4"/>`;
    out += `<rect x="580" y="385" width="40" height="90" fill="#f1e2b8"/>`;
    for (const x of [110, 1090]) {
      out += `<rect x="${x - 6}" y="90" width="12" height="250" ${white(0.7)}/><rect x="${x - 50}" y="60" width="100" height="50" rx="6" fill="${p.accent}"/>`;
      out += `<path d="M${x - 50} 110 L${x < 600 ? 700 : 500} 430 L${x + 50} 110 Z" ${white(0.08)}/>`;
    }
    return out;
  },
  chart(p, rng) {
    let out = "";
    for (let y = 160; y <= 560; y += 100) out += `<rect x="140" y="${y}" width="920" height="3" ${white(0.18)}/>`;
    const points: string[] = [];
    for (let i = 0; i < 7; i++) {
      const x = 180 + i * 130;
      const h = r(90 + i * 45 + between(rng, -40, 40));
      out += `<rect x="${x}" y="${560 - h}" width="80" height="${h}" rx="6" ${white(0.85)}/>`;
      points.push(`${x + 40},${500 - h}`);
    }
    out += `<polyline points="${points.join(" ")}" fill="none" stroke="${p.accent}" stroke-width="9" stroke-linejoin="round"/>`;
    return (
      out +
      points
        .map((pt) => `<circle cx="${pt.split(",")[0]}" cy="${pt.split(",")[1]}" r="13" fill="${p.accent}"/>`)
        .join("")
    );
  },
  chip(p, rng) {
    let out = "";
    for (let i = 0; i < 10; i++) {
      const y = r(between(rng, 60, 620));
      const side = i % 2 ? [0, 420] : [780, W];
      out += `<path d="M${side[0]} ${y} H${r(between(rng, side[0] + 60, side[1] - 60))} V${r(between(rng, 200, 480))} H${side[1]}" fill="none" stroke="#fff" stroke-opacity=".3" stroke-width="5"/>`;
    }
    for (let i = 0; i < 8; i++) {
      const o = 430 + i * 44;
      out += `<rect x="${o - 155}" y="145" width="18" height="50" ${white(0.8)}/><rect x="${o - 155}" y="480" width="18" height="50" ${white(0.8)}/>`;
      out += `<rect x="395" y="${o - 250}" width="50" height="18" ${white(0.8)}/><rect x="755" y="${o - 250}" width="50" height="18" ${white(0.8)}/>`;
    }
    out += `<rect x="430" y="180" width="340" height="315" rx="26" fill="${p.deep}"/>`;
    return (
      out +
      `<rect x="520" y="260" width="160" height="155" rx="12" fill="${p.accent}"/><rect x="555" y="295" width="90" height="85" rx="6" fill="${p.dark}"/>`
    );
  },
  car(p) {
    let out = `<rect y="520" width="${W}" height="155" fill="${p.deep}"/>`;
    for (let x = 20; x < W; x += 160) out += `<rect x="${x}" y="590" width="90" height="10" ${white(0.6)}/>`;
    for (const y of [380, 420, 460])
      out += `<rect x="${80 + (y % 7) * 10}" y="${y}" width="${160 - (y - 380)}" height="8" rx="4" ${white(0.35)}/>`;
    out += `<path d="M300 510 V440 Q310 405 360 400 L460 392 L540 318 Q560 300 590 300 H770 Q800 300 822 322 L890 392 L950 400 Q990 408 995 445 V510 Z" fill="${p.accent}"/>`;
    out += `<path d="M560 330 Q570 318 590 318 H660 V392 H488 Z" fill="${p.deep}" fill-opacity=".8"/><path d="M680 318 H765 Q785 318 800 334 L858 392 H680 Z" fill="${p.deep}" fill-opacity=".8"/>`;
    for (const x of [430, 860])
      out += `<circle cx="${x}" cy="512" r="58" fill="#212529"/><circle cx="${x}" cy="512" r="24" ${white(0.85)}/>`;
    return out + `<rect x="960" y="425" width="30" height="16" rx="6" fill="#fff"/>`;
  },
  ballot(p) {
    let out = `<rect x="0" y="560" width="${W}" height="115" fill="${p.deep}" fill-opacity=".6"/>`;
    out += `<g transform="rotate(-8 640 220)"><rect x="570" y="90" width="150" height="190" rx="8" fill="#fff"/>`;
    out += `<path d="M605 185 L635 215 L690 150" fill="none" stroke="${p.base}" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>`;
    out += `<rect x="600" y="240" width="90" height="10" rx="5" fill="${p.light}"/></g>`;
    out += `<path d="M420 330 H780 L840 280 H480 Z" ${white(0.7)}/><path d="M780 330 L840 280 V520 L780 570 Z" ${white(0.5)}/>`;
    out += `<rect x="420" y="330" width="360" height="240" ${white(0.92)}/><path d="M545 312 H715 L735 296 H565 Z" fill="${p.deep}"/>`;
    return (
      out +
      `<circle cx="600" cy="450" r="62" fill="${p.accent}"/><path d="M572 450 L592 470 L630 428" fill="none" stroke="${p.deep}" stroke-width="12" stroke-linecap="round"/>`
    );
  },
  globe(p, rng) {
    let out = `<defs><clipPath id="g"><circle cx="600" cy="338" r="230"/></clipPath></defs>`;
    out += `<circle cx="600" cy="338" r="230" fill="${p.dark}" fill-opacity=".6"/><g clip-path="url(#g)">`;
    for (const [cx, cy] of [
      [500, 230],
      [690, 290],
      [560, 430],
      [730, 470],
    ]) {
      const x = cx + r(between(rng, -30, 30));
      const y = cy + r(between(rng, -30, 30));
      const s = between(rng, 45, 80);
      out += `<path d="M${x} ${y} c${r(s)} ${r(-s * 0.7)} ${r(s * 1.8)} ${r(-s * 0.1)} ${r(s * 1.4)} ${r(s * 0.7)} s${r(-s * 0.9)} ${r(s * 0.9)} ${r(-s * 1.5)} ${r(s * 0.3)} s${r(-s * 0.5)} ${r(-s * 0.9)} ${r(s * 0.1)} ${r(-s)} z" fill="${p.accent}" fill-opacity=".85"/>`;
    }
    for (const rx of [60, 130, 195])
      out += `<ellipse cx="600" cy="338" rx="${rx}" ry="230" fill="none" stroke="#fff" stroke-opacity=".45" stroke-width="3"/>`;
    for (const dy of [-150, -75, 0, 75, 150])
      out += `<rect x="360" y="${338 + dy}" width="480" height="3" ${white(0.45)}/>`;
    out += `</g><circle cx="600" cy="338" r="230" fill="none" stroke="#fff" stroke-width="6"/>`;
    return (
      out +
      `<ellipse cx="600" cy="338" rx="390" ry="90" fill="none" stroke="${p.accent}" stroke-width="5" transform="rotate(-18 600 338)"/><circle cx="975" cy="215" r="16" fill="#fff"/>`
    );
  },
  film(p) {
    let out = `<g transform="rotate(-7 600 338)"><rect x="-100" y="215" width="1400" height="250" fill="#1b1b1f"/>`;
    for (let x = -90; x < 1300; x += 52)
      out += `<rect x="${x}" y="230" width="26" height="18" rx="3" ${white(0.85)}/><rect x="${x}" y="432" width="26" height="18" rx="3" ${white(0.85)}/>`;
    [p.light, p.accent, p.base, p.light, p.accent, p.base].forEach((fill, i) => {
      const x = -60 + i * 240;
      out += `<rect x="${x}" y="265" width="210" height="150" fill="${fill}"/><path d="M${x} 415 L${x + 80} 330 L${x + 130} 380 L${x + 160} 350 L${x + 210} 415 Z" fill="#000" fill-opacity=".25"/><circle cx="${x + 160}" cy="305" r="16" ${white(0.8)}/>`;
    });
    return out + `</g>`;
  },
  temple(p) {
    let out = `<circle cx="600" cy="250" r="230" fill="${p.accent}" fill-opacity=".35"/>`;
    out += `<rect x="230" y="600" width="740" height="75" fill="${p.deep}"/><rect x="290" y="560" width="620" height="40" ${white(0.6)}/><rect x="330" y="525" width="540" height="35" ${white(0.75)}/>`;
    const outline = (cx: number, base: number, half: number, top: number) => {
      const shoulder = r(base - (base - top) * 0.55);
      return `M${cx - half} ${base} C${cx - half} ${shoulder} ${r(cx - half * 0.45)} ${top + 40} ${cx} ${top} C${r(cx + half * 0.45)} ${top + 40} ${cx + half} ${shoulder} ${cx + half} ${base} Z`;
    };
    const spire = (cx: number, half: number, top: number) =>
      `<path d="${outline(cx, 525, half, top)}" ${white(0.92)}/><ellipse cx="${cx}" cy="${top}" rx="${r(half * 0.28)}" ry="${r(half * 0.1)}" fill="${p.accent}"/>`;
    out += spire(420, 70, 330) + spire(780, 70, 330) + spire(600, 125, 140);
    out += `<defs><clipPath id="s"><path d="${outline(600, 525, 125, 140)}"/></clipPath></defs><g clip-path="url(#s)">`;
    for (let y = 200; y < 520; y += 40)
      out += `<rect x="470" y="${y}" width="260" height="5" fill="${p.base}" fill-opacity=".25"/>`;
    out += `</g>`;
    out += `<path d="M565 525 V470 Q600 430 635 470 V525 Z" fill="${p.deep}"/>`;
    return (
      out +
      `<rect x="598" y="60" width="4" height="75" fill="#fff"/><path d="M602 62 L660 80 L602 98 Z" fill="${p.accent}"/>`
    );
  },
  sea(p, rng) {
    const boat = r(between(rng, 720, 950));
    let out = `<circle cx="${r(between(rng, 250, 600))}" cy="360" r="120" fill="${p.accent}"/>`;
    out += `<path d="M${boat} 335 h130 l-22 30 h-86 z M${boat + 62} 328 v-100 l52 92 z M${boat + 56} 328 v-80 l-40 74 z" fill="${p.deep}" fill-opacity=".75"/>`;
    [0.25, 0.4, 0.55, 0.75, 0.9].forEach((opacity, i) => {
      const y = 360 + i * 62;
      const a = 18 + i * 4;
      let d = `M0 ${y}`;
      for (let x = 0; x < W; x += 200) d += ` Q${x + 50} ${y - a} ${x + 100} ${y} T${x + 200} ${y}`;
      out += `<path d="${d} V${H} H0 Z" fill="${mix(p.base, "#ffffff", 0.15 + i * 0.12)}" fill-opacity="${opacity}"/>`;
    });
    return out;
  },
  rain(p, rng) {
    let out = "";
    for (let i = 0; i < 36; i++) {
      const x = r(between(rng, 260, 960));
      const y = r(between(rng, 340, 610));
      out += `<path d="M${x} ${y} q-14 30 0 40 q14 -10 0 -40 z" fill="#fff" fill-opacity="${(0.45 + rng() * 0.5).toFixed(2)}" transform="rotate(12 ${x} ${y})"/>`;
    }
    for (const [cx, rx] of [
      [420, 90],
      [760, 120],
    ])
      out += `<ellipse cx="${cx}" cy="640" rx="${rx}" ry="14" ${white(0.25)}/>`;
    out += `<g ${white(0.95)}><circle cx="470" cy="250" r="90"/><circle cx="600" cy="200" r="125"/><circle cx="735" cy="255" r="95"/><rect x="470" y="250" width="265" height="95"/></g>`;
    return out + `<path d="M640 290 l-40 70 h40 l-30 70 l80 -100 h-42 l30 -40 z" fill="${p.accent}"/>`;
  },
  train(p) {
    let out = `<rect x="0" y="120" width="${W}" height="3" ${white(0.5)}/>`;
    for (let x = 60; x < W; x += 280) out += `<rect x="${x}" y="110" width="10" height="440" ${white(0.3)}/>`;
    for (let x = 0; x < W; x += 40) out += `<rect x="${x}" y="582" width="24" height="16" fill="${p.deep}"/>`;
    out += `<rect y="570" width="${W}" height="8" ${white(0.7)}/><rect y="598" width="${W}" height="8" ${white(0.7)}/>`;
    out += `<path d="M60 360 H1000 Q1120 360 1140 470 Q1150 540 1080 545 H60 Z" ${white(0.93)}/>`;
    for (let x = 100; x < 940; x += 95)
      out += `<rect x="${x}" y="395" width="62" height="60" rx="8" fill="${p.deep}" fill-opacity=".8"/>`;
    out += `<path d="M1000 395 H1050 Q1100 400 1112 455 H1000 Z" fill="${p.deep}" fill-opacity=".8"/><rect x="60" y="490" width="1085" height="16" fill="${p.accent}"/>`;
    return out + [140, 220, 880, 960].map((x) => `<circle cx="${x}" cy="553" r="20" fill="#212529"/>`).join("");
  },
  parliament(p) {
    let out = `<rect x="200" y="590" width="800" height="85" fill="${p.deep}" fill-opacity=".7"/><rect x="230" y="565" width="740" height="25" ${white(0.6)}/>`;
    out += `<rect x="260" y="425" width="680" height="140" ${white(0.35)}/>`;
    for (let x = 275; x < 930; x += 50) out += `<rect x="${x}" y="440" width="26" height="125" ${white(0.92)}/>`;
    out += `<rect x="240" y="400" width="720" height="28" ${white(0.95)}/><rect x="440" y="325" width="320" height="75" ${white(0.8)}/>`;
    out += `<path d="M455 325 A145 135 0 0 1 745 325 Z" ${white(0.95)}/>`;
    for (const x of [520, 600, 680])
      out += `<path d="M600 192 Q${x} 250 ${x} 325" fill="none" stroke="${p.base}" stroke-opacity=".3" stroke-width="4"/>`;
    out += `<rect x="585" y="165" width="30" height="30" fill="#fff"/><rect x="598" y="85" width="4" height="82" fill="#fff"/>`;
    return out + `<path d="M602 88 L665 104 L602 120 Z" fill="${p.accent}"/>`;
  },
  mobile(p, rng) {
    let out = "";
    for (let i = 0; i < 6; i++) {
      const x = r(i % 2 ? between(rng, 820, 1080) : between(rng, 120, 380));
      const y = r(between(rng, 90, 560));
      out += `<rect x="${x - 55}" y="${y - 28}" width="110" height="56" rx="28" fill="${i % 3 ? "#fff" : p.accent}" fill-opacity=".85"/><path d="M${x - 20} ${y + 26} l-14 22 l30 -22 z" fill="${i % 3 ? "#fff" : p.accent}" fill-opacity=".85"/>`;
    }
    out += `<rect x="455" y="60" width="290" height="560" rx="42" fill="${p.deep}"/><rect x="475" y="105" width="250" height="470" rx="14" fill="#fff"/>`;
    out += `<rect x="495" y="125" width="210" height="130" rx="10" fill="${p.light}"/><circle cx="600" cy="190" r="34" fill="${p.accent}"/>`;
    for (let y = 280; y < 480; y += 30)
      out += `<rect x="495" y="${y}" width="${r(between(rng, 120, 210))}" height="14" rx="7" fill="${p.base}" fill-opacity=".25"/>`;
    out += `<rect x="495" y="500" width="90" height="40" rx="20" fill="${p.base}"/><rect x="560" y="78" width="80" height="12" rx="6" fill="#fff" fill-opacity=".3"/>`;
    return out;
  },
};

export function illustrationSvg(motif: ImageMotif, category: string, seed: string): string {
  const p = palette(category);
  const rng = seededRandom(seed);
  const glow = [0, 1]
    .map(
      () =>
        `<circle cx="${r(between(rng, 0, W))}" cy="${r(between(rng, 0, H))}" r="${r(between(rng, 180, 340))}" ${white(0.07)}/>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.light}"/><stop offset="1" stop-color="${p.dark}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#bg)"/>${glow}${motifs[motif](p, rng)}</svg>`;
}

export type StoredImage = { path: string; width: number; height: number };

/** Renders the illustration to `<mediaDir>/<relative>` unless that file already exists. */
export async function writeIllustration(relative: string, motif: ImageMotif, category: string): Promise<StoredImage> {
  const file = path.join(mediaDir(), relative);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const svg = illustrationSvg(motif, category, relative);
    const tmp = `${file}.${process.pid}.tmp`;
    await sharp(Buffer.from(svg)).removeAlpha().webp({ quality: 70, effort: 5 }).toFile(tmp);
    fs.renameSync(tmp, file);
  }
  return { path: relative, ...imageSize };
}

export function articleImage(article: {
  edition: Edition;
  slug: string;
  category: string;
  image: { motif: ImageMotif };
}) {
  return writeIllustration(`demo/${article.edition}-${article.slug}.webp`, article.image.motif, article.category);
}
