import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeIllustration } from "@/db/seed/images";

let dir: string;
const saved = { media: process.env.MEDIA_DIR, cache: process.env.SEED_IMAGE_CACHE };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-images-"));
});

afterEach(() => {
  process.env.MEDIA_DIR = saved.media;
  process.env.SEED_IMAGE_CACHE = saved.cache;
  fs.rmSync(dir, { recursive: true, force: true });
});

const drawInto = (media: string) => {
  process.env.MEDIA_DIR = path.join(dir, media);
  return writeIllustration("demo/en-a-story.webp", "city", "gujarat");
};
const read = (media: string) => fs.readFileSync(path.join(dir, media, "demo/en-a-story.webp"));

describe("demo illustrations", () => {
  it("are drawn as WebP images of the stored size without a cache", async () => {
    delete process.env.SEED_IMAGE_CACHE;
    const stored = await drawInto("plain");
    const meta = await sharp(read("plain")).metadata();
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([stored.width, stored.height]);
  });

  it("are drawn once into the cache and copied from it for every later database", async () => {
    process.env.SEED_IMAGE_CACHE = path.join(dir, "cache");
    await drawInto("first");
    const [entry] = fs.readdirSync(path.join(dir, "cache"));
    expect(read("first")).toEqual(fs.readFileSync(path.join(dir, "cache", entry)));

    // A marked cache entry shows the second database got a copy, not a new drawing.
    fs.writeFileSync(path.join(dir, "cache", entry), "marked");
    await drawInto("second");
    expect(read("second").toString()).toBe("marked");
  });

  it("are drawn again when the drawing changes, whatever the cache holds", async () => {
    process.env.SEED_IMAGE_CACHE = path.join(dir, "cache");
    await drawInto("first");
    process.env.MEDIA_DIR = path.join(dir, "other");
    await writeIllustration("demo/en-a-story.webp", "city", "sports");
    expect(fs.readdirSync(path.join(dir, "cache"))).toHaveLength(2);
  });
});
