import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/media/[...path]/route";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-media-"));
  process.env.MEDIA_DIR = path.join(dir, "media");
  fs.mkdirSync(path.join(dir, "media", "demo"), { recursive: true });
  fs.writeFileSync(path.join(dir, "media", "demo", "story.webp"), "RIFF....WEBP");
  fs.writeFileSync(path.join(dir, "secret.png"), "not for readers");
  fs.symlinkSync(path.join(dir, "secret.png"), path.join(dir, "media", "demo", "escape.png"));
});

const get = (...segments: string[]) =>
  GET(new Request("http://localhost/media"), { params: Promise.resolve({ path: segments }) });

describe("the media route", () => {
  it("serves a stored image with a long cache and its type", async () => {
    const response = await get("demo", "story.webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each([
    [["..", "secret.png"]],
    [["demo", "..", "..", "secret.png"]],
    [["demo", "missing.webp"]],
    [["demo", "story.svg"]],
    [["demo", "page.html"]],
    [["demo", "escape.png"]],
    [["demo", "story.webp\0.png"]],
    [["demo"]],
  ])("answers 404 for %j", async (segments) => {
    expect((await get(...segments)).status).toBe(404);
  });
});
