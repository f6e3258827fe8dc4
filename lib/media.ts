import fs from "node:fs";
import path from "node:path";

// Uploaded and generated images live outside public/, so they survive rebuilds
// and can sit on a volume. Only this module decides which files may be served.
export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR ?? "./data/media");
}

const allowedName = /^[a-z0-9][a-z0-9/_-]*\.(webp|jpg|jpeg|png)$/i;

const contentTypes: Record<string, string> = {
  webp: "image/webp",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** Checks a requested relative path such as "demo/en-story.webp"; null when it is not a servable media name. */
export function safeMediaPath(relative: string): string | null {
  if (relative.length > 300 || relative.includes("\0") || relative.includes("\\")) return null;
  if (path.isAbsolute(relative) || !allowedName.test(relative)) return null;
  if (relative.split("/").some((part) => part === "" || part === "." || part === "..")) return null;
  const root = mediaDir();
  const resolved = path.resolve(root, relative);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

export function mediaContentType(file: string): string {
  const extension = path.extname(file).slice(1).toLowerCase();
  return contentTypes[extension] ?? "application/octet-stream";
}

/** The file behind a media URL, or null when the name is invalid, missing, or (via a symlink) outside the media folder. */
export async function findMediaFile(
  relative: string,
): Promise<{ file: string; size: number; contentType: string } | null> {
  const file = safeMediaPath(relative);
  if (!file) return null;
  try {
    const [real, root] = await Promise.all([
      fs.promises.realpath(/*turbopackIgnore: true*/ file),
      fs.promises.realpath(/*turbopackIgnore: true*/ mediaDir()),
    ]);
    if (!real.startsWith(root + path.sep)) return null;
    const stat = await fs.promises.stat(/*turbopackIgnore: true*/ real);
    if (!stat.isFile()) return null;
    return { file: real, size: stat.size, contentType: mediaContentType(real) };
  } catch {
    return null;
  }
}
