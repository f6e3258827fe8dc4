import type Database from "better-sqlite3";
import { eq, isNotNull, sql } from "drizzle-orm";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cleanFileName, mediaEditSchema, mediaSearchSchema, pickerQuerySchema } from "@/app/admin/media/schema";
import { db } from "@/db";
import * as media from "@/db/queries/media";
import { listLatestArticles } from "@/db/queries/articles";
import { getUserByEmail } from "@/db/queries/users";
import { articles } from "@/db/tables";
import { registerArticleImages } from "@/db/seed/media";
import { storeImageUpload } from "@/lib/upload";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

const sqlite = () => (db as unknown as { $client: Database.Database }).$client;
const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#3366aa" } })
    .png()
    .toBuffer();
const asFile = (bytes: Buffer | string, name: string, type: string) =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

async function uploadToLibrary(name: string, text: Partial<media.MediaText> = {}) {
  const stored = await storeImageUpload(asFile(await png(2000, 1000), name, "image/png"));
  if (!stored.ok) throw new Error(stored.error);
  const id = await media.createMedia({
    ...stored.image,
    fileName: name,
    altEn: "",
    altGu: "",
    creditEn: "",
    creditGu: "",
    uploadedBy: (await getUserByEmail("meera@khabarsetu.test"))!.id,
    ...text,
  });
  return { id, ...stored.image };
}

describeOnEngines("the media library", seedDemoHere, (engine) => {
  it("already holds every demo story's featured image, with alt text from its stories in both languages", async () => {
    const paths = await db
      .selectDistinct({ p: articles.imagePath })
      .from(articles)
      .where(isNotNull(articles.imagePath));
    for (const { p } of paths) expect(await media.getMediaByPath(p!)).not.toBeNull();
    const rows = (await media.listMedia({}, 1, 1000)).rows;
    expect(rows.length).toBe(paths.length);
    expect(rows.some((row) => row.altEn !== "")).toBe(true);
    expect(rows.some((row) => row.altGu !== "")).toBe(true);
  });

  // SQLite's own migration: PostgreSQL's schema was made with the media library in it.
  if (engine === "sqlite")
    it("registers featured images of an older database through the migration's own statement", async () => {
      const migration = fs.readFileSync(path.join("db", "migrations", "0010_media.sql"), "utf8");
      const handWritten = migration.slice(migration.indexOf("-- hand-written"));
      const before = (await media.listMedia({}, 1, 1000)).total;
      sqlite().prepare("delete from media where path like 'demo/en-%'").run();
      expect((await media.listMedia({}, 1, 1000)).total).toBeLessThan(before);
      sqlite().exec(handWritten);
      expect((await media.listMedia({}, 1, 1000)).total).toBe(before);
      expect(registerArticleImages(sqlite())).toBe(0);
    });

  it("stores an upload re-encoded as WebP at most 1600 pixels wide", async () => {
    const image = await uploadToLibrary("harbour-cranes.png", {
      altEn: "Cranes at Mundra harbour",
      creditEn: "Photo: Arjun Desai",
    });
    expect(image.path).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{24}\.webp$/);
    expect({ width: image.width, height: image.height }).toEqual({ width: 1600, height: 800 });
    const meta = await sharp(path.join(process.env.MEDIA_DIR!, image.path)).metadata();
    expect(meta.format).toBe("webp");
    expect(await media.getMedia(image.id)).toMatchObject({
      altEn: "Cranes at Mundra harbour",
      focalX: 0.5,
      focalY: 0.5,
    });
  });

  it("refuses a text file renamed .jpg and an SVG carrying a script", async () => {
    expect(await storeImageUpload(asFile("just some words, not a picture", "holiday.jpg", "image/jpeg"))).toEqual({
      ok: false,
      error: "imageType",
    });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
    expect(await storeImageUpload(asFile(svg, "logo.png", "image/png"))).toEqual({ ok: false, error: "imageType" });
  });

  it("finds images by alt text, credit or file name, in either language, a page at a time", async () => {
    await uploadToLibrary("kite-festival.png", { altGu: "ઉત્તરાયણના પતંગ", creditGu: "ફોટો: મીરા" });
    expect((await media.listMedia({ query: "Mundra" })).rows.map((r) => r.fileName)).toEqual(["harbour-cranes.png"]);
    expect((await media.listMedia({ query: "Arjun Desai" })).total).toBe(1);
    expect((await media.listMedia({ query: "પતંગ" })).rows.map((r) => r.fileName)).toEqual(["kite-festival.png"]);
    expect((await media.listMedia({ query: "kite-fest" })).total).toBe(1);
    expect((await media.listMedia({ query: "100%_" })).total).toBe(0);
    const all = (await media.listMedia({}, 1, 1000)).total;
    const second = await media.listMedia({}, 2, 5);
    expect(second.total).toBe(all);
    expect(second.rows).toHaveLength(Math.min(5, all - 5));
    expect((await media.listMedia({}, 1, 5)).rows[0].fileName).toBe("kite-festival.png");
  });

  it("saves alt text and credit in both languages and the focal point", async () => {
    const { id } = await uploadToLibrary("bridge.png");
    expect(
      await media.updateMedia(id, {
        altEn: "The new bridge",
        altGu: "નવો પુલ",
        creditEn: "Photo: Desk",
        creditGu: "ફોટો: ડેસ્ક",
        focalX: 0.2,
        focalY: 0.75,
      }),
    ).toBe(true);
    expect(await media.getMedia(id)).toMatchObject({
      altGu: "નવો પુલ",
      creditEn: "Photo: Desk",
      focalX: 0.2,
      focalY: 0.75,
    });
    expect(
      await media.updateMedia(999_999, { altEn: "", altGu: "", creditEn: "", creditGu: "", focalX: 0, focalY: 0 }),
    ).toBe(false);
  });

  it("knows which stories use an image, as featured image or inside their text", async () => {
    const { id, path: file } = await uploadToLibrary("river.png");
    expect(await media.listMediaUsage(file)).toEqual([]);
    const [first, second] = await listLatestArticles("en", { limit: 2, offset: 0 });
    await db
      .update(articles)
      .set({ imagePath: file, imageWidth: 1600, imageHeight: 800 })
      .where(eq(articles.id, first.id));
    await db
      .update(articles)
      .set({ body: sql`${articles.body} || ${`\n\n![The river](/media/${file})`}` })
      .where(eq(articles.id, second.id));
    const uses = await media.listMediaUsage(file);
    expect(uses.map((u) => [u.id, u.featured]).sort()).toEqual(
      [
        [first.id, true],
        [second.id, false],
      ].sort(),
    );
    expect(await media.listFeaturingArticleIds(file)).toEqual([first.id]);
    // Cards carry the library's focal point of their image.
    await media.updateMedia(id, { altEn: "", altGu: "", creditEn: "", creditGu: "", focalX: 0.9, focalY: 0.1 });
    expect((await listLatestArticles("en", { limit: 1, offset: 0 }))[0]).toMatchObject({
      imageFocusX: 0.9,
      imageFocusY: 0.1,
    });
  });

  it("deletes an image no story uses", async () => {
    const { id } = await uploadToLibrary("spare.png");
    expect(await media.getUploaderName((await media.getMedia(id))!)).toBe("Meera Trivedi");
    expect(await media.deleteMedia(id)).toBe(true);
    expect(await media.getMedia(id)).toBeNull();
    expect(await media.deleteMedia(id)).toBe(false);
  });

  it("gives the sizes of library images named in a body", async () => {
    const [row] = (await media.listMedia({ query: "harbour" })).rows;
    const sizes = await media.getMediaSizes([row.path, "uploads/none.webp"]);
    expect(sizes.get(row.path)).toEqual({ width: 1600, height: 800 });
    expect(sizes.has("uploads/none.webp")).toBe(false);
  });
});

describe("what the media forms accept", () => {
  const valid = {
    id: "3",
    altEn: "  Lions  at Gir ",
    altGu: "ગીરના સિંહ",
    creditEn: "",
    creditGu: "",
    focalX: "0.25",
    focalY: "1",
  };

  it("takes alt text, credit and a focal point from 0 to 1", () => {
    expect(mediaEditSchema.parse(valid)).toEqual({
      id: 3,
      altEn: "Lions at Gir",
      altGu: "ગીરના સિંહ",
      creditEn: "",
      creditGu: "",
      focalX: 0.25,
      focalY: 1,
    });
    expect(mediaEditSchema.parse({ ...valid, focalX: "0,5" }).focalX).toBe(0.5);
  });

  it.each([["1.2"], ["-0.1"], ["abc"], ["Infinity"], ["1e400"]])(
    "refuses the focal point %s as out of range",
    (focalX) => {
      const result = mediaEditSchema.safeParse({ ...valid, focalX });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["focalX"], message: "focalRange" });
    },
  );

  it("asks for an empty focal point, refuses a bad id and too long alt text", () => {
    expect(mediaEditSchema.safeParse({ ...valid, focalY: "" }).error?.issues[0]).toMatchObject({
      path: ["focalY"],
      message: "required",
    });
    expect(mediaEditSchema.safeParse({ ...valid, id: "abc" }).error?.issues[0]).toMatchObject({
      path: ["id"],
      message: "invalid",
    });
    expect(mediaEditSchema.safeParse({ ...valid, altEn: "x".repeat(301) }).error?.issues[0]).toMatchObject({
      path: ["altEn"],
      message: "tooLong",
    });
  });

  it("reads the library's address and the picker's search safely", () => {
    expect(mediaSearchSchema.parse({ q: " kite ", page: "2" })).toEqual({ q: "kite", page: 2 });
    expect(mediaSearchSchema.parse({ q: ["a", "b"], page: "-4" })).toEqual({ q: "a", page: 1 });
    expect(pickerQuerySchema.parse({ query: 42, page: "x" })).toEqual({ query: "", page: 1 });
  });

  it("keeps only a plain file name", () => {
    expect(cleanFileName("C:\\photos\\gir lions.jpg")).toBe("gir lions.jpg");
    expect(cleanFileName("../../etc/passwd\u0000\u202e.png")).toBe("passwd.png");
    expect(cleanFileName("")).toBe("image");
  });
});
