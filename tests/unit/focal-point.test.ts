import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cardAspect, cropOffset, cropPosition, objectPosition, visibleWindow } from "@/lib/focal-point";

describe("cropping a card around the focal point", () => {
  it("keeps a centred image centred and says nothing extra to the browser", () => {
    expect(cropPosition({ x: 0.5, y: 0.5 }, { width: 1600, height: 600 })).toEqual({ x: 0.5, y: 0.5 });
    expect(objectPosition({ x: 0.5, y: 0.5 }, { width: 1600, height: 600 })).toBeUndefined();
    expect(objectPosition(null, { width: 1600, height: 600 })).toBeUndefined();
  });

  it("puts the focal point in the middle of the card when the image's edges allow it", () => {
    const image = { width: 3200, height: 900 }; // twice as wide as 16:9
    const position = cropPosition({ x: 0.6, y: 0.1 }, image);
    const window = visibleWindow(position, image);
    expect((window.left + window.right) / 2).toBeCloseTo(0.6, 5);
    expect(position.y).toBe(0.5);
  });

  it("stops at the image's edge instead of showing past it", () => {
    const image = { width: 3200, height: 900 };
    expect(cropPosition({ x: 0.02, y: 0.5 }, image).x).toBe(0);
    expect(cropPosition({ x: 0.99, y: 0.5 }, image).x).toBe(1);
    const window = visibleWindow(cropPosition({ x: 0.99, y: 0.5 }, image), image);
    expect(window.right).toBeCloseTo(1, 5);
  });

  it("moves a tall image up or down, never sideways", () => {
    const image = { width: 900, height: 1600 };
    const position = cropPosition({ x: 0.1, y: 0.2 }, image);
    expect(position.x).toBe(0.5);
    const window = visibleWindow(position, image);
    expect(window.top).toBeLessThanOrEqual(0.2);
    expect(window.bottom).toBeGreaterThanOrEqual(0.2);
  });

  it("writes the position as CSS percentages", () => {
    expect(objectPosition({ x: 1, y: 0.5 }, { width: 3200, height: 900 })).toBe("100% 50%");
    expect(objectPosition({ x: 0.5, y: 0 }, { width: 900, height: 1600 })).toBe("50% 0%");
  });

  it("treats an image of exactly the card's shape as needing no crop", () => {
    expect(cropOffset(0.9, 1)).toBe(0.5);
    expect(cropPosition({ x: 0.9, y: 0.9 }, { width: 1600, height: 900 })).toEqual({ x: 0.5, y: 0.5 });
  });

  it("keeps a marked subject inside the crop of a real generated image", async () => {
    // A wide grey picture with one red square near its right edge, where the focal point is set.
    const width = 2400;
    const height = 600;
    const square = { left: 2050, top: 250, size: 100 };
    const base = await sharp({ create: { width, height, channels: 3, background: "#808080" } })
      .composite([
        {
          input: await sharp({
            create: { width: square.size, height: square.size, channels: 3, background: "#ff0000" },
          })
            .png()
            .toBuffer(),
          left: square.left,
          top: square.top,
        },
      ])
      .png()
      .toBuffer();
    const focus = { x: (square.left + square.size / 2) / width, y: (square.top + square.size / 2) / height };
    const window = visibleWindow(cropPosition(focus, { width, height }), { width, height });
    const crop = { left: Math.round(window.left * width), top: 0, width: Math.round(height * cardAspect), height };
    const card = await sharp(base).extract(crop).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => (y * card.info.width + x) * card.info.channels;
    const pixel = (x: number, y: number) => Array.from(card.data.subarray(at(x, y), at(x, y) + 3));
    expect(pixel(square.left + square.size / 2 - crop.left, square.top + square.size / 2)).toEqual([255, 0, 0]);
    // The centred crop (no focal point) would have lost it.
    const centred = visibleWindow({ x: 0.5, y: 0.5 }, { width, height });
    expect(centred.right * width).toBeLessThan(square.left);
  });
});
