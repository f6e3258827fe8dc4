/** A slug from the URL, decoded; null when it cannot be one (too long, malformed escapes, control characters). */
export function slugParam(raw: string): string | null {
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (slug.length === 0 || slug.length > 200 || /[\u0000-\u001f/\\]/.test(slug)) return null;
  return slug.normalize("NFC");
}
