import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { mediaDir } from "@/lib/media";
import { storeImageUpload } from "@/lib/upload";

beforeAll(() => {
  process.env.MEDIA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "portal-upload-"));
});

describe("featured image uploads", () => {
  const upload = (bytes: Buffer | string, name: string, type: string) =>
    storeImageUpload(new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type }));

  it("refuses an HTML page or an SVG renamed .jpg, whatever the browser says it is", async () => {
    expect(await upload("<!doctype html><html><script>alert(1)</script></html>", "photo.jpg", "image/jpeg")).toEqual({
      ok: false,
      error: "imageType",
    });
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    expect(await upload(svg, "photo.jpg", "image/jpeg")).toEqual({ ok: false, error: "imageType" });
  });

  it("refuses a file over 5 MB with its own reason", async () => {
    expect(await upload(Buffer.alloc(5 * 1024 * 1024 + 1), "big.png", "image/png")).toEqual({
      ok: false,
      error: "imageTooLarge",
    });
  });

  it("accepts a real PNG and stores it re-encoded as WebP, at most 1600 pixels wide", async () => {
    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#b3121b" } })
      .png()
      .toBuffer();
    const result = await upload(png, "anything.txt", "text/plain");
    if (!result.ok) throw new Error(result.error);
    expect(result.image.path).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{24}\.webp$/);
    expect(result.image).toMatchObject({ width: 1600, height: 800 });
    const stored = await sharp(fs.readFileSync(path.join(mediaDir(), result.image.path))).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 1600, height: 800 });
  });
});
