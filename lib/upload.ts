import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { mediaDir } from "./media";

export const uploadLimits = { maxBytes: 5 * 1024 * 1024, maxWidth: 1600, maxPixels: 50_000_000 } as const;

export type UploadError = "imageType" | "imageTooLarge" | "imagePixels";
export type StoredUpload = { path: string; width: number; height: number };
export type UploadResult = { ok: true; image: StoredUpload } | { ok: false; error: UploadError };

const accepted = new Set(["jpeg", "png", "webp"]);

/**
 * What the bytes really are, read by sharp from their content: the file name and the
 * browser's MIME type are whatever the sender chose. An HTML page or an SVG (which can
 * carry scripts) renamed .jpg is refused here.
 */
export async function detectImage(
  bytes: Buffer,
): Promise<{ ok: true; format: string } | { ok: false; error: UploadError }> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!meta.format || !accepted.has(meta.format)) return { ok: false, error: "imageType" };
    if ((meta.width ?? 0) * (meta.height ?? 0) > uploadLimits.maxPixels) return { ok: false, error: "imagePixels" };
    return { ok: true, format: meta.format };
  } catch {
    return { ok: false, error: "imageType" };
  }
}

/** Checks an uploaded image, re-encodes it as WebP at most 1600 px wide and stores it as uploads/<yyyy>/<mm>/<random>.webp. */
export async function storeImageUpload(file: Blob, now = new Date()): Promise<UploadResult> {
  if (file.size > uploadLimits.maxBytes) return { ok: false, error: "imageTooLarge" };
  const bytes = Buffer.from(await file.arrayBuffer());
  const detected = await detectImage(bytes);
  if (!detected.ok) return detected;

  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  const relative = `uploads/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString("hex")}.webp`;
  const target = path.join(mediaDir(), relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    // Re-encoding drops everything but the pixels: metadata, GPS positions, trailing payloads.
    const info = await sharp(bytes, { limitInputPixels: uploadLimits.maxPixels })
      .rotate()
      .resize({ width: uploadLimits.maxWidth, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toFile(temporary);
    fs.renameSync(temporary, target);
    return { ok: true, image: { path: relative, width: info.width, height: info.height } };
  } catch {
    fs.rmSync(temporary, { force: true });
    return { ok: false, error: "imageType" };
  }
}
