// Story images are stored once at full width; next/image makes narrower copies with the same
// proportions, and cards crop them in the browser (`object-fit: cover` in a 16:9 box). So the focal
// point becomes the box's `object-position`, computed so the point sits as near the middle of the
// visible part as the image's edges allow.

export type FocalPoint = { x: number; y: number };
export type Size = { width: number; height: number };

export const centre: FocalPoint = { x: 0.5, y: 0.5 };
export const cardAspect = 16 / 9;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Where along one axis the crop starts, as object-position's fraction (0 = first edge, 1 = last):
 * `scale` is how many times longer the covered image is than the box on that axis.
 */
export function cropOffset(focus: number, scale: number): number {
  if (scale <= 1.0001) return 0.5;
  return clamp01((focus * scale - 0.5) / (scale - 1));
}

/** The object-position fractions that keep `focus` in view when `image` covers a box of `aspect` (width / height). */
export function cropPosition(focus: FocalPoint, image: Size, aspect = cardAspect): FocalPoint {
  const imageAspect = image.width / image.height;
  if (!Number.isFinite(imageAspect) || imageAspect <= 0) return centre;
  // Wider than the box: the sides are cut, so only x moves; taller: top and bottom, only y.
  return imageAspect >= aspect
    ? { x: cropOffset(focus.x, imageAspect / aspect), y: 0.5 }
    : { x: 0.5, y: cropOffset(focus.y, aspect / imageAspect) };
}

/** The part of the image (fractions of its width and height) a box of `aspect` shows with that position. */
export function visibleWindow(
  position: FocalPoint,
  image: Size,
  aspect = cardAspect,
): { left: number; top: number; right: number; bottom: number } {
  const imageAspect = image.width / image.height;
  const shownX = imageAspect >= aspect ? aspect / imageAspect : 1;
  const shownY = imageAspect >= aspect ? 1 : imageAspect / aspect;
  const left = position.x * (1 - shownX);
  const top = position.y * (1 - shownY);
  return { left, top, right: left + shownX, bottom: top + shownY };
}

/** The CSS `object-position` for a card, or undefined when the image is centred anyway. */
export function objectPosition(
  focus: FocalPoint | null | undefined,
  image: Partial<Size>,
  aspect = cardAspect,
): string | undefined {
  if (!focus || !image.width || !image.height) return undefined;
  const { x, y } = cropPosition(focus, { width: image.width, height: image.height }, aspect);
  if (Math.abs(x - 0.5) < 0.005 && Math.abs(y - 0.5) < 0.005) return undefined;
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  return `${percent(x)} ${percent(y)}`;
}

/** A focal point read back from its two stored numbers, or null when they are missing or out of range. */
export function focalPointOf(x: number | null | undefined, y: number | null | undefined): FocalPoint | null {
  if (typeof x !== "number" || typeof y !== "number" || x < 0 || x > 1 || y < 0 || y > 1) return null;
  return { x, y };
}
