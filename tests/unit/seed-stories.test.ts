import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readStories, storiesDir } from "@/db/seed/stories";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function storiesFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stories-"));
  made.push(dir);
  for (const edition of ["gu", "en"]) fs.mkdirSync(path.join(dir, edition));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const story = (front: string, body = "A paragraph.") =>
  `---\nslug: rain-arrives\ntitle: Rain arrives\ndek: It rained.\ncategory: gujarat\nauthor: meera-trivedi\ntags: [Monsoon]\nhoursAgo: 2\n${front}image: { alt: Rain, caption: Rain, motif: rain }\n---\n\n${body}\n`;

describe("demo stories as Markdown files", () => {
  it("reads every shipped story, with its comments, from one file a story per edition", () => {
    const { articles, comments } = readStories();
    const files = ["gu", "en"].flatMap((e) => fs.readdirSync(path.join(storiesDir, e)));
    expect(articles).toHaveLength(files.length);
    expect(new Set(articles.map((a) => a.edition))).toEqual(new Set(["gu", "en"]));
    expect(comments.length).toBeGreaterThan(10);
    expect(articles.some((a) => a.translationOf)).toBe(true);
  });

  it("takes the body from below the front matter and the comments from inside it", () => {
    const dir = storiesFolder({
      "en/rain-arrives.md": story(
        "comments:\n  - author: ravi-joshi\n    hoursAfter: 1\n    body: Finally!\n",
        "## Heading\n\nText.",
      ),
    });
    const { articles, comments } = readStories(dir);
    expect(articles[0]).toMatchObject({
      edition: "en",
      slug: "rain-arrives",
      body: "## Heading\n\nText.",
      status: "published",
    });
    expect(comments).toEqual([
      { article: "rain-arrives", edition: "en", author: "ravi-joshi", hoursAfter: 1, body: "Finally!" },
    ]);
  });

  it("names the file and the field when a story is malformed", () => {
    const dir = storiesFolder({ "gu/rain-arrives.md": story("status: someday\n") });
    expect(() => readStories(dir)).toThrow(/rain-arrives\.md[\s\S]*status/);
  });

  it("refuses a file whose name is not its slug, or that has no front matter", () => {
    expect(() => readStories(storiesFolder({ "en/other.md": story("") }))).toThrow(/file name must be the slug/);
    expect(() => readStories(storiesFolder({ "en/rain-arrives.md": "Just text" }))).toThrow(/front matter/);
  });
});
