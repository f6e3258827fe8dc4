import fs from "node:fs";
import sharp from "sharp";

// Draws the portal's icons and social card from app/icon.svg (a bridge, for "setu").
// Run after changing the mark: npx tsx scripts/make-icons.ts
const mark = fs.readFileSync("app/icon.svg");
const png = (size: number) =>
  sharp(mark, { density: 72 * (size / 64) })
    .resize(size, size)
    .png()
    .toBuffer();

/** An .ico holding PNG images, which every browser in use accepts. */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size % 256, at);
    header.writeUInt8(size % 256, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const card = await sharp({ create: { width: 1200, height: 630, channels: 3, background: "#faf7f2" } })
  .composite([
    {
      input: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect y="590" width="1200" height="40" fill="#b3121b"/></svg>',
      ),
    },
    { input: await png(360), top: 115, left: 420 },
  ])
  .png()
  .toBuffer();

fs.writeFileSync(
  "app/favicon.ico",
  ico([
    { size: 16, data: await png(16) },
    { size: 32, data: await png(32) },
    { size: 48, data: await png(48) },
  ]),
);
fs.writeFileSync("app/apple-icon.png", await png(180));
fs.writeFileSync("public/icon-192.png", await png(192));
fs.writeFileSync("public/icon-512.png", await png(512));
fs.writeFileSync("public/social-card.png", card);
console.log("icons written");
