import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { mediaDir } from "@/lib/media";
import type { Edition } from "../schema";
import type { ImageMotif } from "./types";
import { between, H, imageSize, palette, r, seededRandom, W, white, type DrawMotif } from "./illustration-kit";
import { objectMotifs } from "./object-motifs";
import { sceneMotifs } from "./scene-motifs";

// Original flat illustrations for the demo articles, drawn from code so the
// repository ships no third-party photos. No text: alt text carries the meaning.

const motifs: Record<ImageMotif, DrawMotif> = { ...sceneMotifs, ...objectMotifs };

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

const webp = { quality: 70, effort: 5 } as const;

// Encoding is most of a demo seed's time, and the tests seed a fresh database many times over:
// SEED_IMAGE_CACHE names a folder of finished images keyed by their drawing, copied instead of redrawn.
function cachedCopy(svg: string): { file: string; hit: boolean } | null {
  const dir = process.env.SEED_IMAGE_CACHE;
  if (!dir) return null;
  const key = createHash("sha256").update(svg).update(JSON.stringify(webp)).digest("hex");
  const file = path.join(dir, `${key}.webp`);
  return { file, hit: fs.existsSync(file) };
}

async function encode(svg: string, target: string): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  await sharp(Buffer.from(svg)).removeAlpha().webp(webp).toFile(tmp);
  fs.renameSync(tmp, target);
}

/** Renders the illustration to `<mediaDir>/<relative>` unless that file already exists. */
export async function writeIllustration(relative: string, motif: ImageMotif, category: string): Promise<StoredImage> {
  const file = path.join(mediaDir(), relative);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const svg = illustrationSvg(motif, category, relative);
    const cached = cachedCopy(svg);
    if (cached) {
      if (!cached.hit) {
        fs.mkdirSync(path.dirname(cached.file), { recursive: true });
        await encode(svg, cached.file);
      }
      fs.copyFileSync(cached.file, file);
    } else {
      await encode(svg, file);
    }
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
